package org.kinbridge.contracts.matching;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the child was not handed over within the time limit after the
 * placement decision.
 *
 * @param placementId the placement aggregate id
 * @param needId the need the placement answers
 * @param caseId the child's case
 * @param childId the child
 * @param caregiverId the caregiver of the placement
 * @param provinceCode the tenant
 * @param communeCode the child's commune, which handles the placement
 * @param dueOn the last day of the time limit
 * @param dueAt the end of that day
 * @param raisedAt when it was raised: the end of the time limit, or when a late handover
 * was recorded
 * @param recordedBy who recorded the late handover, or {@code null} when the time limit
 * ran out with nothing recorded
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HandoverOverdueV1(String placementId, String needId, String caseId, String childId, String caregiverId,
		String provinceCode, String communeCode, LocalDate dueOn, Instant dueAt, Instant raisedAt,
		ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.matching.handover-overdue.v1";

}
