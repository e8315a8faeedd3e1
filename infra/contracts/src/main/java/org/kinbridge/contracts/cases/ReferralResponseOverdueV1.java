package org.kinbridge.contracts.cases;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Data of {@value #TYPE}: a referral was not answered within its time limit. The time
 * limit raised it, not a person.
 *
 * @param caseId the case aggregate id
 * @param referralId the referral, unique within the case
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param timeLimit the response time limit
 */
public record ReferralResponseOverdueV1(String caseId, String referralId, String provinceCode, String communeCode,
		TimeLimit timeLimit) {

	public static final String TYPE = "org.kinbridge.case.referral-response-overdue.v1";

	/**
	 * The time limit that ran out.
	 *
	 * @param countedFrom when the time limit started, or {@code null} when the event does
	 * not say
	 * @param dueAt when it ran out
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record TimeLimit(Instant countedFrom, Instant dueAt) {
	}

}
