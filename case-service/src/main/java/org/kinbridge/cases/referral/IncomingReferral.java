package org.kinbridge.cases.referral;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.referral.api.ReferralStatus;
import org.kinbridge.cases.referral.api.ReferralTarget;
import org.kinbridge.cases.referral.api.SharedItem;

/**
 * A transfer as the commune or province it was sent to sees it: who sent it, why, on what
 * basis, and, while it waits for their answer, what it shares of the case.
 *
 * @param consentBasis {@code PARENTAL_CONSENT}, or the legal ground of an override
 * @param shared what the referral shares, while it is {@code SENT}; left out once it is
 * answered or revoked (after an acceptance the case itself is theirs to open)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncomingReferral(String referralId, String caseId, String caseNumber, String fromProvinceCode,
		String fromCommuneCode, ReferralTarget target, String purpose, String legalBasis, List<SharedItem> sharedItems,
		String consentBasis, ReferralStatus status, Acting sentBy, Instant responseDueAt,
		List<ReferralView.Answer> answers, SharedCase shared) {

	static final String PARENTAL_CONSENT = "PARENTAL_CONSENT";

	static IncomingReferral of(ReferralView view, SharedCase shared) {
		String consentBasis = (view.consent() != null && view.consent().override() != null)
				? view.consent().override().legalGround().name() : PARENTAL_CONSENT;
		return new IncomingReferral(view.referralId(), view.caseId(), view.caseNumber(), view.fromProvinceCode(),
				view.fromCommuneCode(), view.target(), view.purpose(), view.legalBasis(), view.sharedItems(),
				consentBasis, view.status(), view.sentBy(), view.responseDueAt(), view.answers(), shared);
	}

}
