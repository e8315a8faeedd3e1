package org.kinbridge.contracts.matching;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: a decided or running placement ended and the caregiver's place
 * is free again. Nullable fields are always written, as {@code null}.
 * <p>
 * {@code anotherFormOfCareNeeded} was added to v1 later, as an optional field: events
 * published before it, and producers that do not set it, leave it out or write
 * {@code null}, so a consumer must read a missing value as "not said".
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
 * @param anotherFormOfCareNeeded whether the child needs another form of care after this
 * end, and so waits for a new placement; {@code null} when the producer did not say
 * (optional, added to v1 later)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlacementEndedV1(String placementId, String needId, String caseId, String childId, String caregiverId,
		String provinceCode, String communeCode, String reason, String legalBasis, String note, LocalDate endedOn,
		Instant recordedAt, ActorRef recordedBy, Boolean anotherFormOfCareNeeded) {

	public static final String TYPE = "org.kinbridge.matching.placement-ended.v1";

	/**
	 * The end as v1 was first published, without saying whether the child waits again.
	 */
	public PlacementEndedV1(String placementId, String needId, String caseId, String childId, String caregiverId,
			String provinceCode, String communeCode, String reason, String legalBasis, String note, LocalDate endedOn,
			Instant recordedAt, ActorRef recordedBy) {
		this(placementId, needId, caseId, childId, caregiverId, provinceCode, communeCode, reason, legalBasis, note,
				endedOn, recordedAt, recordedBy, null);
	}

}
