package org.kinbridge.cases.referral.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * A referral was turned down, with a reason.
 *
 * @param respondent who at the service answered, {@code null} for a transfer
 */
@Revision("1")
public record ReferralRejected(String caseId, String referralId, String reason, AgencyRespondent respondent,
		Acting by) {
}
