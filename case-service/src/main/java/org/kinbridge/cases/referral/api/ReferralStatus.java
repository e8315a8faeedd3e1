package org.kinbridge.cases.referral.api;

/**
 * Where a referral stands: {@code SENT -> ACCEPTED | REJECTED | REVOKED}, then
 * {@code ACCEPTED -> DONE}.
 */
public enum ReferralStatus {

	SENT, ACCEPTED, REJECTED, REVOKED, DONE

}
