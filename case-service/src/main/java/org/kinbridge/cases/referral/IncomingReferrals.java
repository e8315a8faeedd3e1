package org.kinbridge.cases.referral;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.kinbridge.cases.assessment.AssessmentProjection;
import org.kinbridge.cases.casefile.CaseFileProjection;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.plan.PlanProjection;
import org.kinbridge.cases.reading.AccessPurpose;
import org.kinbridge.cases.reading.CaseReader;
import org.kinbridge.cases.referral.api.ReferralStatus;
import org.kinbridge.cases.referral.api.SharedItem;
import org.kinbridge.platform.tenancy.Actor;

import org.springframework.stereotype.Component;

/**
 * The transfers waiting in a commune or province from elsewhere, with only what each
 * shares of its case. Every case shown this way is recorded in the access log under the
 * province that owns it, so that its auditors see who outside read it.
 */
@Component
public class IncomingReferrals {

	/** Enough for any commune's inbox; older answered transfers are on their cases. */
	static final int LIMIT = 200;

	private static final String ENDPOINT = "GET /api/cases/referrals/incoming";

	private final ReferralProjection referrals;

	private final CaseFileProjection cases;

	private final AssessmentProjection assessments;

	private final PlanProjection plans;

	private final CaseReader reader;

	public IncomingReferrals(ReferralProjection referrals, CaseFileProjection cases, AssessmentProjection assessments,
			PlanProjection plans, CaseReader reader) {
		this.referrals = referrals;
		this.cases = cases;
		this.assessments = assessments;
		this.plans = plans;
		this.reader = reader;
	}

	/**
	 * @param receiver a user of the receiving commune or province
	 * @param status only transfers in this state, or {@code null}
	 * @return newest first
	 */
	public List<IncomingReferral> of(Actor receiver, ReferralStatus status) {
		List<IncomingReferral> incoming = new ArrayList<>();
		List<CaseSummary> shown = new ArrayList<>();
		for (ReferralView view : this.referrals.addressedTo(receiver.province().value(),
				receiver.isProvinceWide() ? null : receiver.commune().value(), status, LIMIT)) {
			Optional<CaseSummary> sharing = (view.status() == ReferralStatus.SENT) ? this.cases.find(view.caseId())
					: Optional.empty();
			sharing.ifPresent(shown::add);
			incoming.add(IncomingReferral.of(view, sharing.map((summary) -> share(view, summary)).orElse(null)));
		}
		this.reader.shown(shown, ENDPOINT, AccessPurpose.SHARED_BY_REFERRAL);
		return incoming;
	}

	private SharedCase share(ReferralView view, CaseSummary summary) {
		EnumSet<SharedItem> items = view.sharedItems().isEmpty() ? EnumSet.noneOf(SharedItem.class)
				: EnumSet.copyOf(view.sharedItems());
		return SharedCase.of(items, summary, view.childIds(), this.assessments.find(view.caseId()).orElse(null),
				this.plans.find(view.caseId()).orElse(null));
	}

}
