package org.kinbridge.contracts.matching;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: a decided or running placement ended and the caregiver's place
 * is free again. Nullable fields are always written, as {@code null}.
 *
 * @param placementId the placement aggregate id
 * @param needId the need the placement answered
 * @param caseId the child's case
 * @param childId the child
 * @param caregiverId the caregiver whose place is free again
 * @param provinceCode the tenant
 * @param communeCode the child's commune
 * @param reason {@code RETURNED_TO_PARENTS}, {@code ADOPTED}, {@code CHILD_TURNED_16},
 * {@code CAREGIVER_INELIGIBLE}, {@code CAREGIVER_HARMED_CHILD},
 * {@code CAREGIVER_REQUEST}, {@code CHILD_SERIOUS_MISCONDUCT},
 * {@code HANDOVER_CANCELLED}, {@code CAPACITY_REFUSED} or {@code OTHER}
 * @param legalBasis the provisions the ending rests on
 * @param note the reason in the officer's words, or {@code null}
 * @param endedOn the day the placement ended
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlacementEndedV1(String placementId, String needId, String caseId, String childId, String caregiverId,
		String provinceCode, String communeCode, String reason, String legalBasis, String note, LocalDate endedOn,
		Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.matching.placement-ended.v1";

}
