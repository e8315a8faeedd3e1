package org.kinbridge.cases.assessment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Record the initial assessment of risk and harm (Form 02, Decree 56/2017 Art. 26).
 *
 * @param seriousHarm whether the child is at risk of, or suffers, serious harm to life,
 * health or dignity; it starts the emergency-measure time limit
 */
public record RecordInitialAssessment(@TargetAggregateIdentifier String caseId, RiskLevel riskLevel,
		boolean seriousHarm, String findings, Acting by) {
}
