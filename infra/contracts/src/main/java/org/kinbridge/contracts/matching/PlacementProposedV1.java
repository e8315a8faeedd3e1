package org.kinbridge.contracts.matching;

import java.time.Instant;
import java.util.List;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: matching proposed a caregiver for a child who needs alternative
 * care. The explanation lets the officer see why, instead of trusting a bare score.
 *
 * @param placementId the placement aggregate id, the subject of the event
 * @param needId the need for alternative care the proposal answers
 * @param caseId the child's case
 * @param childId the child
 * @param caregiverId the proposed caregiver
 * @param provinceCode the tenant
 * @param communeCode the child's commune
 * @param careType {@code KINSHIP}, {@code NON_RELATIVE}, {@code EMERGENCY} or
 * {@code RESPITE}
 * @param rank the place among the proposals for the need, 1 being the best
 * @param score how well the caregiver fits, from 0 to 100
 * @param explanation human-readable reasons for the score, at least one
 * @param proposedAt when it was proposed
 * @param proposedBy who asked for the proposal
 */
public record PlacementProposedV1(String placementId, String needId, String caseId, String childId, String caregiverId,
		String provinceCode, String communeCode, String careType, int rank, int score, List<String> explanation,
		Instant proposedAt, ActorRef proposedBy) {

	public static final String TYPE = "org.kinbridge.matching.placement-proposed.v1";

}
