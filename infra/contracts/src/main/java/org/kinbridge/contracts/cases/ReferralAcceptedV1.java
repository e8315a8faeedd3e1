package org.kinbridge.contracts.cases;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: a referral was accepted: by a service, as the case's officer
 * recorded it, or by the receiving commune or province itself, whose officer is then the
 * actor.
 *
 * @param caseId the case aggregate id
 * @param referralId the referral, unique within the case
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param respondentPosition the position of who answered at the service, such as a head
 * of department, or {@code null}; their name stays inside case-service
 * @param reason the note recorded with the acceptance, or {@code null}
 * @param legalBasis the provisions the acceptance rests on, or {@code null}
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReferralAcceptedV1(String caseId, String referralId, String provinceCode, String communeCode,
		String respondentPosition, String reason, String legalBasis, Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.case.referral-accepted.v1";

}
