package org.kinbridge.cases.referral.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * A referral was accepted: by a service, as the case's officer recorded it, or by the
 * receiving commune or province itself.
 *
 * @param respondent who at the service answered, {@code null} for a transfer
 */
@Revision("1")
public record ReferralAccepted(String caseId, String referralId, AgencyRespondent respondent, String note,
		String legalBasis, Acting by) {
}
