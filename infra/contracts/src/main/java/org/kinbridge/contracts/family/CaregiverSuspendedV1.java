package org.kinbridge.contracts.family;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the caregiver takes no new child until reinstated. The reason
 * stays inside family-service.
 *
 * @param caregiverId the caregiver aggregate id
 * @param provinceCode the tenant
 * @param communeCode the commune where the caregiver lives
 * @param suspendedAt when it was suspended
 * @param suspendedBy who suspended it
 */
public record CaregiverSuspendedV1(String caregiverId, String provinceCode, String communeCode, Instant suspendedAt,
		ActorRef suspendedBy) {

	public static final String TYPE = "org.kinbridge.family.caregiver-suspended.v1";

}
