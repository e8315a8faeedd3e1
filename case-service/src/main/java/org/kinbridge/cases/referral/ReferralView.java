package org.kinbridge.cases.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.referral.api.AgencyRespondent;
import org.kinbridge.cases.referral.api.ConsentRecord;
import org.kinbridge.cases.referral.api.ReferralStatus;
import org.kinbridge.cases.referral.api.ReferralTarget;
import org.kinbridge.cases.referral.api.SharedItem;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A referral as the case's officers read it: where it went, on what consent, what it
 * shares, and every answer with who gave it and when.
 *
 * @param fromProvinceCode the province that sent it
 * @param fromCommuneCode the commune that sent it
 * @param sentBy who sent it, and when
 * @param responseDueAt when the target is to answer by
 * @param responseOverdueAt set when that time passed without an answer
 * @param answers the answers and the outcome, oldest first
 * @param handedOverAt when accepting it handed the case over, {@code null} otherwise
 */
@Document("case_referrals")
public record ReferralView(@Id String referralId, String caseId, String caseNumber, String fromProvinceCode,
		String fromCommuneCode, ReferralTarget target, List<String> childIds, String purpose, String legalBasis,
		List<SharedItem> sharedItems, ConsentRecord consent, ReferralStatus status, Acting sentBy,
		Instant responseDueAt, Instant responseOverdueAt, List<Answer> answers, Instant handedOverAt) {

	public ReferralView {
		childIds = (childIds != null) ? childIds : List.of();
		sharedItems = (sharedItems != null) ? sharedItems : List.of();
		answers = (answers != null) ? answers : List.of();
	}

	ReferralView withResponseDue(Instant dueAt, Instant overdueAt) {
		return new ReferralView(this.referralId, this.caseId, this.caseNumber, this.fromProvinceCode,
				this.fromCommuneCode, this.target, this.childIds, this.purpose, this.legalBasis, this.sharedItems,
				this.consent, this.status, this.sentBy, dueAt, overdueAt, this.answers, this.handedOverAt);
	}

	/** A redelivered answer replaces the one it repeats. */
	ReferralView answered(Answer answer) {
		List<Answer> all = new ArrayList<>(this.answers);
		all.removeIf((known) -> known.status() == answer.status());
		all.add(answer);
		return new ReferralView(this.referralId, this.caseId, this.caseNumber, this.fromProvinceCode,
				this.fromCommuneCode, this.target, this.childIds, this.purpose, this.legalBasis, this.sharedItems,
				this.consent, answer.status(), this.sentBy, this.responseDueAt, this.responseOverdueAt, all,
				this.handedOverAt);
	}

	ReferralView handedOver(Instant at) {
		return new ReferralView(this.referralId, this.caseId, this.caseNumber, this.fromProvinceCode,
				this.fromCommuneCode, this.target, this.childIds, this.purpose, this.legalBasis, this.sharedItems,
				this.consent, this.status, this.sentBy, this.responseDueAt, this.responseOverdueAt, this.answers, at);
	}

	/**
	 * One answer to the referral, or its outcome.
	 *
	 * @param status the state it moved the referral to
	 * @param text the acceptance note, the reason for a rejection or revocation, or the
	 * outcome
	 * @param legalBasis the legal basis of a transfer's acceptance, {@code null}
	 * otherwise
	 * @param respondent who at the service answered, {@code null} for a transfer or a
	 * revocation
	 * @param by who recorded it, and when
	 */
	public record Answer(ReferralStatus status, String text, String legalBasis, AgencyRespondent respondent,
			Acting by) {
	}

}
