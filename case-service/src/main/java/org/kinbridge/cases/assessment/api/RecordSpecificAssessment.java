package org.kinbridge.cases.assessment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/** Record the specific risk assessment and the case meeting (Decree 56/2017 Art. 27). */
public record RecordSpecificAssessment(@TargetAggregateIdentifier String caseId, RiskLevel riskLevel, String findings,
		CaseMeeting meeting, Acting by) {
}
