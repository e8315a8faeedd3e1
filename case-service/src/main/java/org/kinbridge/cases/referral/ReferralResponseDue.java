package org.kinbridge.cases.referral;

import java.time.Instant;

/**
 * The payload of a referral's response deadline. Kept by the deadline store until it
 * fires, so its shape stays stable.
 */
public record ReferralResponseDue(String caseId, String referralId, Instant dueAt) {
}
