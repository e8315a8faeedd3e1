package org.kinbridge.contracts.matching;

import java.time.Instant;
import java.time.LocalDate;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the proposed caregiver consented to receive the child. The note
 * stays inside matching-service.
 *
 * @param placementId the placement aggregate id
 * @param needId the need the placement answers
 * @param caseId the child's case
 * @param childId the child
 * @param caregiverId the caregiver of the placement
 * @param provinceCode the tenant
 * @param communeCode the child's commune, which handles the placement
 * @param consentedOn the day the caregiver consented
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
public record CaregiverConsentRecordedV1(String placementId, String needId, String caseId, String childId,
		String caregiverId, String provinceCode, String communeCode, LocalDate consentedOn, Instant recordedAt,
		ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.matching.caregiver-consent-recorded.v1";

}
