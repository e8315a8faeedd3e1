package org.kinbridge.cases.referral.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** The case's officers withdrew a referral, with a reason. */
@Revision("1")
public record ReferralRevoked(String caseId, String referralId, String reason, Acting by) {
}
