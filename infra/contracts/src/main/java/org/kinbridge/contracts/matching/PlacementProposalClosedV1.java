package org.kinbridge.contracts.matching;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: a proposal that will not go ahead, so the need is open for the
 * next caregiver.
 *
 * @param placementId the placement aggregate id
 * @param needId the need the proposal answered
 * @param caseId the child's case
 * @param childId the child
 * @param caregiverId the proposed caregiver
 * @param provinceCode the tenant
 * @param communeCode the child's commune
 * @param outcome {@code CHILD_DECLINED}, {@code CAREGIVER_DECLINED}, {@code REJECTED},
 * {@code WITHDRAWN} or {@code CAPACITY_REFUSED}
 * @param reason why, in the officer's words
 * @param closedAt when it was closed
 * @param closedBy who closed it
 */
public record PlacementProposalClosedV1(String placementId, String needId, String caseId, String childId,
		String caregiverId, String provinceCode, String communeCode, String outcome, String reason, Instant closedAt,
		ActorRef closedBy) {

	public static final String TYPE = "org.kinbridge.matching.placement-proposal-closed.v1";

}
