package org.kinbridge.contracts.matching;

import java.time.Instant;
import java.time.LocalDate;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the commune chair issued the decision to place the child with
 * the caregiver (giao, nhận). Family-service takes one of the caregiver's places on it.
 *
 * @param placementId the placement aggregate id
 * @param needId the need the placement answers
 * @param caseId the child's case
 * @param childId the child
 * @param caregiverId the caregiver who receives the child
 * @param provinceCode the tenant
 * @param communeCode the child's commune
 * @param careType {@code KINSHIP}, {@code NON_RELATIVE}, {@code EMERGENCY} or
 * {@code RESPITE}
 * @param decisionNumber the number of the chair's decision
 * @param reason why the chair decided so
 * @param legalBasis the provisions the decision rests on
 * @param handoverDueOn the day by which the child is to be handed over
 * @param decidedAt when the decision was recorded
 * @param decidedBy who decided
 */
public record PlacementDecidedV1(String placementId, String needId, String caseId, String childId, String caregiverId,
		String provinceCode, String communeCode, String careType, String decisionNumber, String reason,
		String legalBasis, LocalDate handoverDueOn, Instant decidedAt, ActorRef decidedBy) {

	public static final String TYPE = "org.kinbridge.matching.placement-decided.v1";

}
