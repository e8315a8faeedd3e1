package org.kinbridge.contracts.cases;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the child no longer needs alternative care, so matching stops
 * proposing caregivers for the need. Nullable fields are always written, as {@code null}.
 *
 * @param needId the need that ended
 * @param caseId the case of the need
 * @param childId the child of the need
 * @param provinceCode the tenant
 * @param communeCode the commune that handles the case
 * @param reason {@code RETURNED_TO_FAMILY}, {@code NO_LONGER_NEEDED},
 * {@code CASE_CLOSED}, {@code CHILD_TURNED_16}, {@code ADOPTED} or {@code OTHER}
 * @param note the reason in the officer's words, or {@code null}
 * @param endedAt when it was recorded
 * @param endedBy who ended it
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AlternativeCareNeedEndedV1(String needId, String caseId, String childId, String provinceCode,
		String communeCode, String reason, String note, Instant endedAt, ActorRef endedBy) {

	public static final String TYPE = "org.kinbridge.case.alternative-care-need-ended.v1";

}
