package org.kinbridge.cases.assessment.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * The initial assessment (Form 02) was recorded: the risk level, serious harm and
 * findings.
 */
@Revision("1")
public record InitialAssessmentRecorded(String caseId, RiskLevel riskLevel, boolean seriousHarm, String findings,
		Acting by) {
}
