package org.kinbridge.contracts.cases;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the case's officers withdrew a referral.
 *
 * @param caseId the case aggregate id
 * @param referralId the referral, unique within the case
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param reason why it was withdrawn
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
public record ReferralRevokedV1(String caseId, String referralId, String provinceCode, String communeCode,
		String reason, Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.case.referral-revoked.v1";

}
