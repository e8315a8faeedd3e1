package org.kinbridge.contracts.family;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: family-service could not take a place for a decided placement,
 * because another placement took the last free place first or the caregiver is no longer
 * on the register. Matching-service ends the placement on it.
 *
 * @param caregiverId the caregiver aggregate id
 * @param provinceCode the tenant
 * @param communeCode the commune where the caregiver lives
 * @param placementId the placement that asked for the place
 * @param reason {@code NO_FREE_CAPACITY} or {@code NOT_ON_REGISTER}
 * @param refusedAt when it was refused
 * @param refusedBy the actor of the placement decision that asked for the place
 */
public record PlacementRefusedV1(String caregiverId, String provinceCode, String communeCode, String placementId,
		String reason, Instant refusedAt, ActorRef refusedBy) {

	public static final String TYPE = "org.kinbridge.family.placement-refused.v1";

}
