package org.kinbridge.contracts.family;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the commune chair found a caregiver ineligible; the
 * registration ends without a place on the register.
 *
 * @param caregiverId the caregiver aggregate id
 * @param provinceCode the tenant
 * @param communeCode the commune where the caregiver lives
 * @param decisionNumber the number of the chair's decision, or {@code null}
 * @param reason why, or {@code null}
 * @param legalBasis the provisions the decision rests on
 * @param recordedAt when it was recorded
 * @param recordedBy who decided, under which role
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CaregiverFoundIneligibleV1(String caregiverId, String provinceCode, String communeCode,
		String decisionNumber, String reason, String legalBasis, Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.family.caregiver-found-ineligible.v1";

}
