package org.kinbridge.cases.referral.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * A referral was not answered within its time limit.
 *
 * @param provinceCode the province that owns the case
 * @param communeCode the commune that owns the case
 */
@Revision("1")
public record ReferralResponseOverdue(String caseId, String referralId, String provinceCode, String communeCode,
		Instant dueAt) {
}
