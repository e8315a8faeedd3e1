package org.kinbridge.contracts.matching;

import java.time.Instant;
import java.time.LocalDate;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the handover was completed and the child lives with the
 * caregiver.
 *
 * @param placementId the placement aggregate id
 * @param needId the need the placement answers
 * @param caseId the child's case
 * @param childId the child
 * @param caregiverId the caregiver the child lives with
 * @param provinceCode the tenant
 * @param communeCode the child's commune
 * @param careType {@code KINSHIP}, {@code NON_RELATIVE}, {@code EMERGENCY} or
 * {@code RESPITE}
 * @param startedOn the day of the handover
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 */
public record PlacementStartedV1(String placementId, String needId, String caseId, String childId, String caregiverId,
		String provinceCode, String communeCode, String careType, LocalDate startedOn, Instant recordedAt,
		ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.matching.placement-started.v1";

}
