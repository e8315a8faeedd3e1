package org.kinbridge.contracts.family;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the caregiver left the commune register for good. The reason
 * stays inside family-service.
 *
 * @param caregiverId the caregiver aggregate id
 * @param provinceCode the tenant
 * @param communeCode the commune where the caregiver lives
 * @param removedAt when it was removed
 * @param removedBy who removed it
 */
public record CaregiverRemovedV1(String caregiverId, String provinceCode, String communeCode, Instant removedAt,
		ActorRef removedBy) {

	public static final String TYPE = "org.kinbridge.family.caregiver-removed.v1";

}
