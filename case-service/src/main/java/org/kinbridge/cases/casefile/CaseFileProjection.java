package org.kinbridge.cases.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.kinbridge.cases.alternativecare.api.ChildTurned16InCare;
import org.kinbridge.cases.alternativecare.api.TurningSixteenInCareWatchEnded;
import org.kinbridge.cases.alternativecare.api.TurningSixteenInCareWatchStarted;
import org.kinbridge.cases.assessment.api.EmergencyMeasureDeadlineMissed;
import org.kinbridge.cases.assessment.api.EmergencyMeasureDeadlineStarted;
import org.kinbridge.cases.assessment.api.EmergencyMeasureRecorded;
import org.kinbridge.cases.assessment.api.InitialAssessmentRecorded;
import org.kinbridge.cases.assessment.api.SpecificAssessmentRecorded;
import org.kinbridge.cases.closure.api.CaseClosed;
import org.kinbridge.cases.closure.api.CaseReopened;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.plan.api.PlanApproved;
import org.kinbridge.cases.plan.api.PlanDrafted;
import org.kinbridge.cases.plan.api.PlanDraftingDeadlineMissed;
import org.kinbridge.cases.plan.api.PlanDraftingDeadlineStarted;
import org.kinbridge.cases.plan.api.PlanReturned;
import org.kinbridge.cases.plan.api.PlanReviewed;
import org.kinbridge.cases.plan.api.PlanRevised;
import org.kinbridge.cases.plan.api.PlanSubmitted;
import org.kinbridge.cases.reference.NameFolding;
import org.kinbridge.cases.referral.CaseReferrals;
import org.kinbridge.cases.referral.api.CaseHandedOver;
import org.kinbridge.cases.referral.api.ReferralAccepted;
import org.kinbridge.cases.referral.api.ReferralRejected;
import org.kinbridge.cases.referral.api.ReferralResponseDeadlineStarted;
import org.kinbridge.cases.referral.api.ReferralResponseOverdue;
import org.kinbridge.cases.referral.api.ReferralRevoked;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the case list and case files; a redelivered event overwrites the same document.
 */
@Component
@ProcessingGroup("case-files")
public class CaseFileProjection {

	private final MongoTemplate mongo;

	public CaseFileProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A replay starts from nothing: clears this projection's own collections, and no
	 * other (the access log, the event store, tokens, sagas and deadlines stay).
	 */
	@ResetHandler
	void clearForReplay() {
		this.mongo.remove(new Query(), CaseSummary.class);
		this.mongo.remove(new Query(), CaseHandoverSnapshot.class);
	}

	@EventHandler
	void on(ReportReceived event) {
		List<String> names = event.children().stream().map(ReceiveReport.ReportedChild::fullName).toList();
		this.mongo.save(new CaseSummary(event.caseId(), event.caseNumber(), event.provinceCode(), event.communeCode(),
				event.channel().name(), event.receivedAt(), event.reporter(), event.summary(), event.children(),
				event.siblingGroupId(), CaseState.REPORT_RECEIVED.name(), event.recordedAt(), event.recordedBy(),
				event.recordedByRole(), handlerOf(event), names.stream().map(NameFolding::fold).toList(),
				NameFolding.tokens(names), List.of(), List.of(), null, List.of(), null, List.of(), null));
	}

	/**
	 * A commune officer who takes in a report handles the case; a report from a
	 * collaborator or the chair waits for an officer.
	 */
	private static String handlerOf(ReportReceived event) {
		return Role.COMMUNE_OFFICER.name().equals(event.recordedByRole()) ? event.recordedBy() : null;
	}

	public Optional<CaseSummary> find(String caseId) {
		return Optional.ofNullable(this.mongo.findById(caseId, CaseSummary.class));
	}

	public List<CaseSummary> list(String provinceCode, String communeCode) {
		Criteria criteria = Criteria.where("provinceCode").is(provinceCode);
		if (communeCode != null) {
			criteria = criteria.and("communeCode").is(communeCode);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "receivedAt")),
				CaseSummary.class);
	}

	// Assessment, plan and closure: the step the case is at and the time limits it runs.

	@EventHandler
	void on(InitialAssessmentRecorded event) {
		moveTo(event.caseId(), CaseState.INITIAL_ASSESSMENT_DONE);
	}

	@EventHandler
	void on(EmergencyMeasureDeadlineStarted event) {
		startDeadline(event.caseId(), new Deadline(CaseTimeLimits.EMERGENCY_MEASURE_12H, event.dueAt(), null, null));
	}

	@EventHandler
	void on(EmergencyMeasureRecorded event) {
		markDeadline(event.caseId(), CaseTimeLimits.EMERGENCY_MEASURE_12H, metAt(event.by().at()));
	}

	@EventHandler
	void on(EmergencyMeasureDeadlineMissed event) {
		markDeadline(event.caseId(), CaseTimeLimits.EMERGENCY_MEASURE_12H, missedAt(event.dueAt()));
	}

	@EventHandler
	void on(SpecificAssessmentRecorded event) {
		moveTo(event.caseId(), CaseState.SPECIFIC_ASSESSMENT_DONE);
	}

	@EventHandler
	void on(PlanDraftingDeadlineStarted event) {
		startDeadline(event.caseId(), new Deadline(CaseTimeLimits.PLAN_DRAFTING_5WD, event.dueAt(), null, null));
	}

	@EventHandler
	void on(PlanDraftingDeadlineMissed event) {
		markDeadline(event.caseId(), CaseTimeLimits.PLAN_DRAFTING_5WD, missedAt(event.dueAt()));
	}

	@EventHandler
	void on(PlanDrafted event) {
		moveTo(event.caseId(), CaseState.PLAN_DRAFTED);
	}

	@EventHandler
	void on(PlanSubmitted event) {
		moveTo(event.caseId(), CaseState.PLAN_SUBMITTED);
		markDeadline(event.caseId(), CaseTimeLimits.PLAN_DRAFTING_5WD, metAt(event.by().at()));
	}

	@EventHandler
	void on(PlanApproved event) {
		moveTo(event.caseId(), CaseState.PLAN_IN_IMPLEMENTATION);
	}

	@EventHandler
	void on(PlanReturned event) {
		moveTo(event.caseId(), CaseState.PLAN_RETURNED);
	}

	@EventHandler
	void on(PlanReviewed event) {
		moveTo(event.caseId(), CaseState.UNDER_MONITORING);
	}

	@EventHandler
	void on(PlanRevised event) {
		moveTo(event.caseId(), CaseState.PLAN_DRAFTED);
	}

	@EventHandler
	void on(CaseClosed event) {
		moveTo(event.caseId(), CaseState.CLOSED);
	}

	@EventHandler
	void on(CaseReopened event) {
		moveTo(event.caseId(), CaseState.valueOf(event.resumedState()));
	}

	// Alternative care: a placed child's 16th birthday shows as a deadline, one per
	// child,
	// missed once it is reached and met when the placement ends.

	@EventHandler
	void on(TurningSixteenInCareWatchStarted event) {
		String kind = event.deadlineKind();
		CaseSummary found = this.mongo.findById(event.caseId(), CaseSummary.class);
		if (found == null) {
			return;
		}
		// A child placed again gets a new watch in place of the old one.
		List<Deadline> deadlines = new ArrayList<>(
				found.deadlines().stream().filter(deadline -> !kind.equals(deadline.kind())).toList());
		deadlines.add(new Deadline(kind, event.dueAt(), null, null));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(event.caseId())),
				Update.update("deadlines", deadlines), CaseSummary.class);
	}

	@EventHandler
	void on(ChildTurned16InCare event) {
		markDeadline(event.caseId(), TurningSixteenInCareWatchStarted.deadlineKind(event.placement().childId()),
				deadline -> missedAt(deadline.dueAt()).apply(deadline));
	}

	@EventHandler
	void on(TurningSixteenInCareWatchEnded event) {
		markDeadline(event.caseId(), TurningSixteenInCareWatchStarted.deadlineKind(event.placement().childId()),
				metAt(event.at()));
	}

	private void moveTo(String caseId, CaseState state) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(caseId)), Update.update("status", state.name()),
				CaseSummary.class);
	}

	/** Added once per kind, so that a redelivered event changes nothing. */
	private void startDeadline(String caseId, Deadline deadline) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(caseId).and("deadlines.kind").ne(deadline.kind())),
				new Update().push("deadlines", deadline), CaseSummary.class);
	}

	/**
	 * Sets {@code metAt} or {@code missedAt} once; a duty met late keeps its
	 * {@code missedAt} and gains a {@code metAt}. Only this projection writes the list,
	 * one event of a case at a time, so reading it first is safe.
	 */
	private void markDeadline(String caseId, String kind, UnaryOperator<Deadline> mark) {
		CaseSummary found = this.mongo.findById(caseId, CaseSummary.class);
		if (found == null) {
			return;
		}
		List<Deadline> deadlines = found.deadlines()
			.stream()
			.map(deadline -> kind.equals(deadline.kind()) ? mark.apply(deadline) : deadline)
			.toList();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(caseId)), Update.update("deadlines", deadlines),
				CaseSummary.class);
	}

	private static UnaryOperator<Deadline> metAt(Instant at) {
		return deadline -> (deadline.metAt() != null) ? deadline
				: new Deadline(deadline.kind(), deadline.dueAt(), at, deadline.missedAt());
	}

	private static UnaryOperator<Deadline> missedAt(Instant at) {
		return deadline -> (deadline.missedAt() != null) ? deadline
				: new Deadline(deadline.kind(), deadline.dueAt(), deadline.metAt(), at);
	}

	// Referrals (org.kinbridge.cases.referral): each referral's response time limit, and
	// the handover of the case to the commune or province that accepted a transfer.

	@EventHandler
	void on(ReferralResponseDeadlineStarted event) {
		startDeadline(event.caseId(),
				new Deadline(CaseReferrals.responseDeadlineKind(event.referralId()), event.dueAt(), null, null));
	}

	@EventHandler
	void on(ReferralAccepted event) {
		markDeadline(event.caseId(), CaseReferrals.responseDeadlineKind(event.referralId()), metAt(event.by().at()));
	}

	@EventHandler
	void on(ReferralRejected event) {
		markDeadline(event.caseId(), CaseReferrals.responseDeadlineKind(event.referralId()), metAt(event.by().at()));
	}

	/** A withdrawn referral awaits no answer: its time limit ends as if met. */
	@EventHandler
	void on(ReferralRevoked event) {
		markDeadline(event.caseId(), CaseReferrals.responseDeadlineKind(event.referralId()), metAt(event.by().at()));
	}

	@EventHandler
	void on(ReferralResponseOverdue event) {
		markDeadline(event.caseId(), CaseReferrals.responseDeadlineKind(event.referralId()), missedAt(event.dueAt()));
	}

	/**
	 * Keeps the case as it was for the owner it leaves, then moves it to the new owner. A
	 * redelivered event finds the former owner listed and changes nothing.
	 */
	@EventHandler
	void on(CaseHandedOver event) {
		CaseSummary before = this.mongo.findById(event.caseId(), CaseSummary.class);
		if (before == null
				|| before.formerOwners().stream().anyMatch((owner) -> owner.referralId().equals(event.referralId()))) {
			return;
		}
		Instant at = event.by().at();
		this.mongo.save(new CaseHandoverSnapshot(event.referralId(), event.caseId(), event.fromProvinceCode(),
				event.fromCommuneCode(), at, before.asHandedOver(new CaseSummary.HandedOver(event.toProvinceCode(),
						event.toCommuneCode(), at, event.referralId(), before.status()))));
		Update moved = new Update().set("provinceCode", event.toProvinceCode())
			.set("communeCode", event.toCommuneCode())
			.set("assignedTo", Role.COMMUNE_OFFICER.name().equals(event.by().role()) ? event.by().userId() : null)
			.push("formerOwners", new CaseSummary.FormerOwner(event.fromProvinceCode(), event.fromCommuneCode(), at,
					event.referralId()));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(event.caseId())), moved, CaseSummary.class);
	}

	/**
	 * @return the copies of the case kept for the owners it left, latest handover first
	 */
	public List<CaseHandoverSnapshot> handoversOf(String caseId) {
		return this.mongo.find(
				Query.query(Criteria.where("caseId").is(caseId)).with(Sort.by(Sort.Direction.DESC, "at")),
				CaseHandoverSnapshot.class);
	}

}
