package org.kinbridge.cases.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.kinbridge.platform.readmodel.ReadModelIndexes;
import org.kinbridge.cases.casefile.CaseFileProjection;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.referral.api.CaseHandedOver;
import org.kinbridge.cases.referral.api.ReferralAccepted;
import org.kinbridge.cases.referral.api.ReferralCompleted;
import org.kinbridge.cases.referral.api.ReferralRejected;
import org.kinbridge.cases.referral.api.ReferralResponseDeadlineStarted;
import org.kinbridge.cases.referral.api.ReferralResponseOverdue;
import org.kinbridge.cases.referral.api.ReferralRevoked;
import org.kinbridge.cases.referral.api.ReferralSent;
import org.kinbridge.cases.referral.api.ReferralStatus;
import org.kinbridge.cases.referral.api.ReferralTargetType;

import org.springframework.context.annotation.Bean;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ReferralView}. It runs in the same processor as the case list, so the case
 * is there when its referral arrives; each referral is one document, replaced whole, so a
 * redelivered event leaves it as it was.
 */
@Component
@ProcessingGroup("case-files")
public class ReferralProjection {

	private static final Sort OLDEST_FIRST = Sort.by(Sort.Direction.ASC, "sentBy.at");

	private final MongoTemplate mongo;

	private final CaseFileProjection cases;

	public ReferralProjection(MongoTemplate mongo, CaseFileProjection cases) {
		this.mongo = mongo;
		this.cases = cases;
	}

	/**
	 * A replay starts from nothing: clears this projection's own collections, and no
	 * other (the access log, the event store, tokens, sagas and deadlines stay).
	 */
	@ResetHandler
	void clearForReplay() {
		this.mongo.remove(new Query(), ReferralView.class);
	}

	@EventHandler
	void on(ReferralSent event) {
		String caseNumber = this.cases.find(event.caseId()).map(CaseSummary::caseNumber).orElse(null);
		this.mongo.save(new ReferralView(event.referralId(), event.caseId(), caseNumber, event.fromProvinceCode(),
				event.fromCommuneCode(), event.target(), event.childIds(), event.purpose(), event.legalBasis(),
				event.sharedItems(), event.consent(), ReferralStatus.SENT, event.by(), null, null, List.of(), null));
	}

	@EventHandler
	void on(ReferralResponseDeadlineStarted event) {
		change(event.referralId(), (view) -> view.withResponseDue(event.dueAt(), view.responseOverdueAt()));
	}

	@EventHandler
	void on(ReferralResponseOverdue event) {
		change(event.referralId(), (view) -> view.withResponseDue(view.responseDueAt(), event.dueAt()));
	}

	@EventHandler
	void on(ReferralAccepted event) {
		change(event.referralId(), (view) -> view.answered(new ReferralView.Answer(ReferralStatus.ACCEPTED,
				event.note(), event.legalBasis(), event.respondent(), event.by())));
	}

	@EventHandler
	void on(ReferralRejected event) {
		change(event.referralId(), (view) -> view.answered(new ReferralView.Answer(ReferralStatus.REJECTED,
				event.reason(), null, event.respondent(), event.by())));
	}

	@EventHandler
	void on(ReferralRevoked event) {
		change(event.referralId(), (view) -> view
			.answered(new ReferralView.Answer(ReferralStatus.REVOKED, event.reason(), null, null, event.by())));
	}

	@EventHandler
	void on(ReferralCompleted event) {
		change(event.referralId(), (view) -> view.answered(
				new ReferralView.Answer(ReferralStatus.DONE, event.outcome(), null, event.respondent(), event.by())));
	}

	@EventHandler
	void on(CaseHandedOver event) {
		change(event.referralId(), (view) -> view.handedOver(event.by().at()));
	}

	/**
	 * @return the case's referrals, oldest first
	 */
	public List<ReferralView> ofCase(String caseId) {
		return this.mongo.find(Query.query(Criteria.where("caseId").is(caseId)).with(OLDEST_FIRST), ReferralView.class);
	}

	public Optional<ReferralView> find(String referralId) {
		return Optional.ofNullable(this.mongo.findById(referralId, ReferralView.class));
	}

	/**
	 * The transfers sent to a province, or to one of its communes.
	 * @param communeCode only transfers to this commune, or {@code null} for the whole
	 * province
	 * @param status only transfers in this state, or {@code null}
	 * @param limit the most to return, newest first
	 */
	public List<ReferralView> addressedTo(String provinceCode, String communeCode, ReferralStatus status, int limit) {
		List<Criteria> criteria = new ArrayList<>();
		criteria.add(Criteria.where("target.provinceCode").is(provinceCode));
		if (communeCode != null) {
			criteria.add(Criteria.where("target.communeCode").is(communeCode));
		}
		criteria.add(Criteria.where("target.type")
			.in(ReferralTargetType.OTHER_COMMUNE.name(), ReferralTargetType.OTHER_PROVINCE.name()));
		if (status != null) {
			criteria.add(Criteria.where("status").is(status.name()));
		}
		return this.mongo.find(Query.query(new Criteria().andOperator(criteria))
			.with(Sort.by(Sort.Direction.DESC, "sentBy.at"))
			.limit(limit), ReferralView.class);
	}

	/** Events of one case arrive in order on one thread, so read-then-write is safe. */
	private void change(String referralId, UnaryOperator<ReferralView> change) {
		find(referralId).ifPresent((view) -> this.mongo.save(change.apply(view)));
	}

	/** Every query starts with the case or the receiving province, as the indexes do. */
	@Bean
	public ReadModelIndexes referralIndexes() {
		return ReadModelIndexes.of("the referrals")
			.on(ReferralView.class,
					new Index().on("caseId", Sort.Direction.ASC).on("sentBy.at", Sort.Direction.ASC).named("by-case"))
			.on(ReferralView.class,
					new Index().on("target.provinceCode", Sort.Direction.ASC)
						.on("target.communeCode", Sort.Direction.ASC)
						.on("sentBy.at", Sort.Direction.DESC)
						.named("incoming"));
	}

}
