package org.kinbridge.contracts.family;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: a suspended caregiver is eligible again.
 *
 * @param caregiverId the caregiver aggregate id
 * @param provinceCode the tenant
 * @param communeCode the commune where the caregiver lives
 * @param reinstatedAt when it was reinstated
 * @param reinstatedBy who reinstated it
 */
public record CaregiverReinstatedV1(String caregiverId, String provinceCode, String communeCode, Instant reinstatedAt,
		ActorRef reinstatedBy) {

	public static final String TYPE = "org.kinbridge.family.caregiver-reinstated.v1";

}
