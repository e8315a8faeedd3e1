package org.kinbridge.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the specific risk assessment was recorded after a case meeting
 * (Decree 56/2017 Art. 27). The findings, the meeting's conclusions and who took part
 * stay inside case-service.
 *
 * @param caseId the case aggregate id
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param riskLevel {@code LOW}, {@code MEDIUM} or {@code HIGH}
 * @param inputs the case meeting the assessment rests on
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
public record SpecificAssessmentRecordedV1(String caseId, String provinceCode, String communeCode, String riskLevel,
		Inputs inputs, Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.case.specific-assessment-recorded.v1";

	/**
	 * The case meeting the assessment rests on, without names.
	 *
	 * @param meetingHeldOn the day of the meeting
	 * @param participantCount how many took part
	 */
	public record Inputs(LocalDate meetingHeldOn, int participantCount) {
	}

}
