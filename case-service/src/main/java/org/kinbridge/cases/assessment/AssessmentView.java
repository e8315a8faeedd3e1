package org.kinbridge.cases.assessment;

import java.util.List;

import org.kinbridge.cases.assessment.api.CaseMeeting;
import org.kinbridge.cases.assessment.api.EmergencyMeasureKind;
import org.kinbridge.cases.assessment.api.RiskLevel;
import org.kinbridge.cases.casefile.api.Acting;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case's assessments and emergency measures as officers and the chair read them.
 *
 * @param initial the initial assessment (Form 02), {@code null} until recorded
 * @param emergencyMeasures the measures applied, oldest first
 * @param specific the specific assessment and case meeting, {@code null} until recorded
 */
@Document("case_assessments")
public record AssessmentView(@Id String caseId, Initial initial, List<EmergencyMeasure> emergencyMeasures,
		Specific specific) {

	public AssessmentView {
		emergencyMeasures = (emergencyMeasures != null) ? emergencyMeasures : List.of();
	}

	public record Initial(RiskLevel riskLevel, boolean seriousHarm, String findings, Acting by) {
	}

	public record EmergencyMeasure(EmergencyMeasureKind kind, String description, String legalBasis,
			boolean withinTimeLimit, Acting by) {
	}

	public record Specific(RiskLevel riskLevel, String findings, CaseMeeting meeting, Acting by) {
	}

}
