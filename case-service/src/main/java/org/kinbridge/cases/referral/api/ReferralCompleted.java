package org.kinbridge.cases.referral.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * An accepted referral is done, with its outcome.
 *
 * @param respondent who at the service reported the outcome, {@code null} for a transfer
 */
@Revision("1")
public record ReferralCompleted(String caseId, String referralId, String outcome, AgencyRespondent respondent,
		Acting by) {
}
