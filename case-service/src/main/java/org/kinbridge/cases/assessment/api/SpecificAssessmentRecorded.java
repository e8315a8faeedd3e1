package org.kinbridge.cases.assessment.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** The specific assessment was recorded with the record of the case meeting. */
@Revision("1")
public record SpecificAssessmentRecorded(String caseId, RiskLevel riskLevel, String findings, CaseMeeting meeting,
		Acting by) {
}
