package org.kinbridge.contracts.cases;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: a referral was turned down.
 *
 * @param caseId the case aggregate id
 * @param referralId the referral, unique within the case
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param respondentPosition the position of who answered at the service, such as a head
 * of department, or {@code null}; their name stays inside case-service
 * @param reason why it was turned down
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReferralRejectedV1(String caseId, String referralId, String provinceCode, String communeCode,
		String respondentPosition, String reason, Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.case.referral-rejected.v1";

}
