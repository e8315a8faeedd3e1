package org.kinbridge.contracts.family;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the applicant withdrew the registration before a decision, as
 * the commune recorded it.
 *
 * @param caregiverId the caregiver aggregate id
 * @param provinceCode the tenant
 * @param communeCode the commune where the caregiver lives
 * @param reason why, as recorded
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
public record RegistrationWithdrawnV1(String caregiverId, String provinceCode, String communeCode, String reason,
		Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.family.registration-withdrawn.v1";

}
