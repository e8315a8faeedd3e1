package org.kinbridge.cases.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.kinbridge.cases.alternativecare.AlternativeCare;
import org.kinbridge.cases.alternativecare.AlternativeCareRules;
import org.kinbridge.cases.alternativecare.api.AddRelative;
import org.kinbridge.cases.alternativecare.api.ConfirmEligibility;
import org.kinbridge.cases.alternativecare.api.EndAlternativeCareNeed;
import org.kinbridge.cases.alternativecare.api.NeedStatus;
import org.kinbridge.cases.alternativecare.api.RecordAlternativeCareNeed;
import org.kinbridge.cases.alternativecare.api.RecordChildOpinion;
import org.kinbridge.cases.alternativecare.api.RecordConsent;
import org.kinbridge.cases.alternativecare.api.RecordDossierItem;
import org.kinbridge.cases.alternativecare.api.RecordPlacementDecision;
import org.kinbridge.cases.alternativecare.api.RecordPlacementEnd;
import org.kinbridge.cases.alternativecare.api.RecordPlacementProposal;
import org.kinbridge.cases.alternativecare.api.RecordPlacementProposalClosure;
import org.kinbridge.cases.alternativecare.api.RecordPlacementStart;
import org.kinbridge.cases.alternativecare.api.UpdateRelative;
import org.kinbridge.cases.assessment.api.EmergencyMeasureDeadlineMissed;
import org.kinbridge.cases.assessment.api.EmergencyMeasureDeadlineStarted;
import org.kinbridge.cases.assessment.api.EmergencyMeasureRecorded;
import org.kinbridge.cases.assessment.api.InitialAssessmentRecorded;
import org.kinbridge.cases.assessment.api.RecordEmergencyMeasure;
import org.kinbridge.cases.assessment.api.RecordInitialAssessment;
import org.kinbridge.cases.assessment.api.RecordSpecificAssessment;
import org.kinbridge.cases.assessment.api.SpecificAssessmentRecorded;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.closure.api.CaseClosed;
import org.kinbridge.cases.closure.api.CaseReopened;
import org.kinbridge.cases.closure.api.CloseCase;
import org.kinbridge.cases.closure.api.ClosureReason;
import org.kinbridge.cases.closure.api.ReopenCase;
import org.kinbridge.cases.duplicates.api.CaseMergedInto;
import org.kinbridge.cases.duplicates.api.CasesKeptApart;
import org.kinbridge.cases.duplicates.api.DuplicateCandidate;
import org.kinbridge.cases.duplicates.api.FlagPossibleDuplicates;
import org.kinbridge.cases.duplicates.api.KeepCasesApart;
import org.kinbridge.cases.duplicates.api.MergeCaseInto;
import org.kinbridge.cases.duplicates.api.PossibleDuplicateFlagged;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.plan.api.ApprovePlan;
import org.kinbridge.cases.plan.api.DraftPlan;
import org.kinbridge.cases.plan.api.PlanApproved;
import org.kinbridge.cases.plan.api.PlanDrafted;
import org.kinbridge.cases.plan.api.PlanDraftingDeadlineMissed;
import org.kinbridge.cases.plan.api.PlanDraftingDeadlineStarted;
import org.kinbridge.cases.plan.api.PlanDraftingStart;
import org.kinbridge.cases.plan.api.PlanReturned;
import org.kinbridge.cases.plan.api.PlanReviewed;
import org.kinbridge.cases.plan.api.PlanRevised;
import org.kinbridge.cases.plan.api.PlanSubmitted;
import org.kinbridge.cases.plan.api.RecordPlanReview;
import org.kinbridge.cases.plan.api.ReturnPlan;
import org.kinbridge.cases.plan.api.RevisePlan;
import org.kinbridge.cases.plan.api.SubmitPlan;
import org.kinbridge.cases.plan.api.SupportPlan;
import org.kinbridge.cases.referral.CaseReferrals;
import org.kinbridge.cases.referral.ReferralResponseDue;
import org.kinbridge.cases.referral.ReferralRules;
import org.kinbridge.cases.referral.api.AcceptReferral;
import org.kinbridge.cases.referral.api.CaseHandedOver;
import org.kinbridge.cases.referral.api.CompleteReferral;
import org.kinbridge.cases.referral.api.ReferCase;
import org.kinbridge.cases.referral.api.ReferralAccepted;
import org.kinbridge.cases.referral.api.ReferralResponseDeadlineStarted;
import org.kinbridge.cases.referral.api.ReferralSent;
import org.kinbridge.cases.referral.api.ReferralStatus;
import org.kinbridge.cases.referral.api.RejectReferral;
import org.kinbridge.cases.referral.api.RevokeReferral;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.ForbiddenException;

/**
 * Hồ sơ trường hợp: a child protection case, from the report onwards. It carries its own
 * province and commune, so that every command is checked against the caller's scope where
 * the state is certain, not against a read model that may lag.
 */
@Aggregate
public class CaseFile {

	public static final String EMERGENCY_MEASURE_DEADLINE = "case-emergency-measure";

	public static final String PLAN_DRAFTING_DEADLINE = "case-plan-drafting";

	/** Dates in forms (meeting, review) are local dates in Vietnam. */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Set<CaseState> ENDED = EnumSet.of(CaseState.CLOSED, CaseState.TRANSFERRED);

	@AggregateIdentifier
	private String caseId;

	private String provinceCode;

	private String communeCode;

	private Instant receivedAt;

	private CaseState state;

	private CaseState stateBeforeClosure;

	private ClosureReason closedFor;

	/** Serious harm was found: the plan is exempt from its drafting limit. */
	private boolean emergency;

	/** When the emergency measure is due, while that duty is neither met nor missed. */
	private Instant emergencyMeasureDueAt;

	private boolean planDraftingStarted;

	/** When the plan is due with the chair, while that duty is neither met nor missed. */
	private Instant planDraftingDueAt;

	private int planVersion;

	/** Who drafted or submitted the current version: none of them may decide on it. */
	private final Set<String> planAuthors = new HashSet<>();

	protected CaseFile() {
		// for Axon
	}

	@CommandHandler
	public CaseFile(ReceiveReport command) {
		reportMustConcernAtLeastOneChild(command);
		cannotBeReceivedAfterItWasRecorded(command);
		apply(new ReportReceived(command.caseId(), command.caseNumber(), command.provinceCode(), command.communeCode(),
				command.channel(), command.receivedAt(), command.reporter(), command.summary(), command.children(),
				command.siblingGroupId(), command.recordedAt(), command.recordedBy(), command.recordedByRole()));
	}

	private static void reportMustConcernAtLeastOneChild(ReceiveReport command) {
		if (command.children().isEmpty()) {
			throw new DomainRuleViolation("no-child", "children: a report must name at least one child.");
		}
	}

	/**
	 * The 12-hour clock starts at receipt, so a receipt time in the future would hide a
	 * deadline.
	 */
	private static void cannotBeReceivedAfterItWasRecorded(ReceiveReport command) {
		if (command.receivedAt().isAfter(command.recordedAt())) {
			throw new DomainRuleViolation("received-in-future",
					"receivedAt: the report cannot have been received after the moment it is recorded.");
		}
	}

	// Assessment (Decree 56/2017 Arts 26-27)

	@CommandHandler
	CaseState handle(RecordInitialAssessment command, CaseTimeLimits limits, DeadlineManager deadlines) {
		requireInScope(command.by());
		requireState("recording the initial assessment", CaseState.REPORT_RECEIVED);
		apply(new InitialAssessmentRecorded(this.caseId, command.riskLevel(), command.seriousHarm(), command.findings(),
				command.by()));
		if (command.seriousHarm()) {
			Duration within = limits.emergencyMeasureWithin(this.provinceCode);
			apply(new EmergencyMeasureDeadlineStarted(this.caseId, this.receivedAt, (int) within.toHours(),
					this.receivedAt.plus(within)));
			armEmergencyMeasureDeadline(command.by().at(), deadlines);
		}
		else if (limits.planDraftingCountedFrom(this.provinceCode) == PlanDraftingStart.INITIAL_ASSESSMENT) {
			startPlanDrafting(PlanDraftingStart.INITIAL_ASSESSMENT, command.by().at(), limits, deadlines);
		}
		return this.state;
	}

	@CommandHandler
	CaseState handle(RecordEmergencyMeasure command, DeadlineManager deadlines) {
		requireInScope(command.by());
		requireState("recording an emergency measure",
				EnumSet.complementOf(EnumSet.of(CaseState.REPORT_RECEIVED, CaseState.CLOSED, CaseState.TRANSFERRED)));
		boolean dutyOpen = this.emergencyMeasureDueAt != null;
		if (dutyOpen && command.by().at().isAfter(this.emergencyMeasureDueAt)) {
			// The time has passed but the deadline has not fired yet (the service may
			// have been down): the alert must still be raised.
			missEmergencyMeasureDeadline();
		}
		boolean withinTimeLimit = this.emergencyMeasureDueAt != null;
		apply(new EmergencyMeasureRecorded(this.caseId, command.kind(), command.description(), command.legalBasis(),
				withinTimeLimit, command.by()));
		if (dutyOpen) {
			deadlines.cancelAllWithinScope(EMERGENCY_MEASURE_DEADLINE);
		}
		return this.state;
	}

	@DeadlineHandler(deadlineName = EMERGENCY_MEASURE_DEADLINE)
	void emergencyMeasureTimeLimitReached(TimeLimitReached reached) {
		if (this.emergencyMeasureDueAt != null && !ENDED.contains(this.state)) {
			missEmergencyMeasureDeadline();
		}
	}

	@CommandHandler
	CaseState handle(RecordSpecificAssessment command, CaseTimeLimits limits, DeadlineManager deadlines) {
		requireInScope(command.by());
		requireState("recording the specific assessment", CaseState.INITIAL_ASSESSMENT_DONE);
		meetingCannotBeHeldAfterItIsRecorded(command);
		apply(new SpecificAssessmentRecorded(this.caseId, command.riskLevel(), command.findings(), command.meeting(),
				command.by()));
		if (!this.emergency && !this.planDraftingStarted
				&& limits.planDraftingCountedFrom(this.provinceCode) == PlanDraftingStart.SPECIFIC_ASSESSMENT) {
			startPlanDrafting(PlanDraftingStart.SPECIFIC_ASSESSMENT, command.by().at(), limits, deadlines);
		}
		return this.state;
	}

	private static void meetingCannotBeHeldAfterItIsRecorded(RecordSpecificAssessment command) {
		if (command.meeting().heldOn().isAfter(today(command.by()))) {
			throw new DomainRuleViolation("case-meeting.in-future",
					"meeting.heldOn: a case meeting cannot be recorded before it is held.");
		}
	}

	// Support and intervention plan (Decree 56/2017 Arts 28-30)

	@CommandHandler
	CaseState handle(DraftPlan command) {
		requireInScope(command.by());
		requireState("drafting the plan", CaseState.SPECIFIC_ASSESSMENT_DONE, CaseState.PLAN_DRAFTED,
				CaseState.PLAN_RETURNED);
		planPeriodCannotEndBeforeItStarts(command.plan());
		apply(new PlanDrafted(this.caseId, Math.max(this.planVersion, 1), command.plan(), command.by()));
		return this.state;
	}

	@CommandHandler
	CaseState handle(SubmitPlan command, DeadlineManager deadlines) {
		requireInScope(command.by());
		requireState("submitting the plan", CaseState.PLAN_DRAFTED);
		boolean dutyOpen = this.planDraftingDueAt != null;
		if (dutyOpen && command.by().at().isAfter(this.planDraftingDueAt)) {
			missPlanDraftingDeadline();
		}
		apply(new PlanSubmitted(this.caseId, this.planVersion, command.by()));
		if (dutyOpen) {
			deadlines.cancelAllWithinScope(PLAN_DRAFTING_DEADLINE);
		}
		return this.state;
	}

	@DeadlineHandler(deadlineName = PLAN_DRAFTING_DEADLINE)
	void planDraftingTimeLimitReached(TimeLimitReached reached) {
		if (this.planDraftingDueAt != null && !ENDED.contains(this.state)) {
			missPlanDraftingDeadline();
		}
	}

	@CommandHandler
	CaseState handle(ApprovePlan command) {
		requireInScope(command.by());
		requireState("approving the plan", CaseState.PLAN_SUBMITTED);
		authorsCannotDecideOnTheirOwnPlan(command.by(), "approve");
		apply(new PlanApproved(this.caseId, this.planVersion, command.note(), command.legalBasis(), command.by()));
		return this.state;
	}

	@CommandHandler
	CaseState handle(ReturnPlan command) {
		requireInScope(command.by());
		requireState("returning the plan", CaseState.PLAN_SUBMITTED);
		authorsCannotDecideOnTheirOwnPlan(command.by(), "return");
		apply(new PlanReturned(this.caseId, this.planVersion, command.reason(), command.by()));
		return this.state;
	}

	@CommandHandler
	CaseState handle(RecordPlanReview command) {
		requireInScope(command.by());
		requireState("reviewing the plan", CaseState.PLAN_IN_IMPLEMENTATION, CaseState.UNDER_MONITORING);
		reviewCannotBeRecordedBeforeItHappens(command);
		nextReviewMustFollowThisOne(command);
		apply(new PlanReviewed(this.caseId, this.planVersion, command.reviewedOn(), command.progress(),
				command.nextReviewOn(), command.by()));
		return this.state;
	}

	@CommandHandler
	CaseState handle(RevisePlan command) {
		requireInScope(command.by());
		requireState("revising the plan", CaseState.PLAN_IN_IMPLEMENTATION, CaseState.UNDER_MONITORING);
		planPeriodCannotEndBeforeItStarts(command.plan());
		apply(new PlanRevised(this.caseId, this.planVersion + 1, command.plan(), command.reason(), command.by()));
		return this.state;
	}

	/** Separation of duties: the chair's decision is a check on someone else's work. */
	private void authorsCannotDecideOnTheirOwnPlan(Acting by, String decision) {
		if (this.planAuthors.contains(by.userId())) {
			throw new ForbiddenException("You drafted or submitted version " + this.planVersion
					+ " of this plan, so someone else must " + decision + " it.");
		}
	}

	private static void planPeriodCannotEndBeforeItStarts(SupportPlan plan) {
		if (plan.endsOn().isBefore(plan.startsOn())) {
			throw new DomainRuleViolation("plan.period", "endsOn: the plan cannot end before it starts.");
		}
	}

	private static void reviewCannotBeRecordedBeforeItHappens(RecordPlanReview command) {
		if (command.reviewedOn().isAfter(today(command.by()))) {
			throw new DomainRuleViolation("plan-review.in-future",
					"reviewedOn: a review cannot be recorded before it takes place.");
		}
	}

	private static void nextReviewMustFollowThisOne(RecordPlanReview command) {
		if (!command.nextReviewOn().isAfter(command.reviewedOn())) {
			throw new DomainRuleViolation("plan-review.next-not-after",
					"nextReviewOn: the next review must come after this one.");
		}
	}

	// Closure

	@CommandHandler
	CaseState handle(CloseCase command, DeadlineManager deadlines) {
		requireInScope(command.by());
		requireState("closing the case", EnumSet.complementOf(EnumSet.copyOf(ENDED)));
		otherReasonsMustBeStated(command);
		this.alternativeCare.endOpenNeeds(alternativeCareScope(), command.details(), command.by());
		apply(new CaseClosed(this.caseId, command.reason(), command.details(), command.legalBasis(), this.state.name(),
				command.by()));
		deadlines.cancelAllWithinScope(EMERGENCY_MEASURE_DEADLINE);
		deadlines.cancelAllWithinScope(PLAN_DRAFTING_DEADLINE);
		return this.state;
	}

	private static void otherReasonsMustBeStated(CloseCase command) {
		if (command.reason() == ClosureReason.OTHER && (command.details() == null || command.details().isBlank())) {
			throw new DomainRuleViolation("closure.reason-not-stated",
					"details: say why the case is closed when the reason is OTHER.");
		}
	}

	/**
	 * A duty still open at closure runs again from where it stood: missed at once if its
	 * time has passed meanwhile.
	 */
	@CommandHandler
	CaseState handle(ReopenCase command, DeadlineManager deadlines) {
		requireInScope(command.by());
		requireState("reopening the case", CaseState.CLOSED);
		mergedCasesAreReopenedThroughTheCaseTheyWereMergedInto();
		apply(new CaseReopened(this.caseId, command.reason(), this.stateBeforeClosure.name(), command.by()));
		if (this.emergencyMeasureDueAt != null) {
			armEmergencyMeasureDeadline(command.by().at(), deadlines);
		}
		if (this.planDraftingDueAt != null) {
			armPlanDraftingDeadline(command.by().at(), deadlines);
		}
		return this.state;
	}

	private void mergedCasesAreReopenedThroughTheCaseTheyWereMergedInto() {
		if (this.closedFor == ClosureReason.MERGED) {
			throw new ConflictException("The case is CLOSED as merged into another case; reopen that case instead.");
		}
	}

	// Time limits

	private void armEmergencyMeasureDeadline(Instant now, DeadlineManager deadlines) {
		if (this.emergencyMeasureDueAt.isAfter(now)) {
			deadlines.schedule(this.emergencyMeasureDueAt, EMERGENCY_MEASURE_DEADLINE,
					new TimeLimitReached(this.caseId, this.emergencyMeasureDueAt));
		}
		else {
			missEmergencyMeasureDeadline();
		}
	}

	private void missEmergencyMeasureDeadline() {
		apply(new EmergencyMeasureDeadlineMissed(this.caseId, this.provinceCode, this.communeCode, this.receivedAt,
				this.emergencyMeasureDueAt));
	}

	private void startPlanDrafting(PlanDraftingStart countedFrom, Instant start, CaseTimeLimits limits,
			DeadlineManager deadlines) {
		apply(new PlanDraftingDeadlineStarted(this.caseId, countedFrom, start,
				limits.planDraftingWorkingDays(this.provinceCode), limits.planDraftingDue(this.provinceCode, start)));
		armPlanDraftingDeadline(start, deadlines);
	}

	private void armPlanDraftingDeadline(Instant now, DeadlineManager deadlines) {
		if (this.planDraftingDueAt.isAfter(now)) {
			deadlines.schedule(this.planDraftingDueAt, PLAN_DRAFTING_DEADLINE,
					new TimeLimitReached(this.caseId, this.planDraftingDueAt));
		}
		else {
			missPlanDraftingDeadline();
		}
	}

	private void missPlanDraftingDeadline() {
		apply(new PlanDraftingDeadlineMissed(this.caseId, this.provinceCode, this.communeCode, this.planDraftingDueAt));
	}

	// Checks every command shares

	/**
	 * Another province's case, or another commune's for a commune-bound user, is answered
	 * as if it did not exist, before any state is revealed.
	 */
	private void requireInScope(Acting by) {
		boolean sameProvince = this.provinceCode.equals(by.provinceCode());
		boolean inCommune = by.communeCode() == null || by.communeCode().equals(this.communeCode);
		if (!sameProvince || !inCommune) {
			throw new OutOfTenantScopeException("case " + this.caseId + " is outside the scope of " + by.userId());
		}
	}

	private void requireState(String action, CaseState... allowed) {
		requireState(action, EnumSet.of(allowed[0], allowed));
	}

	/** The message names the current state, and the shorter of the allowed or refused. */
	private void requireState(String action, Set<CaseState> allowed) {
		if (!allowed.contains(this.state)) {
			Set<CaseState> refused = EnumSet.complementOf(EnumSet.copyOf(allowed));
			String needed = (refused.size() < allowed.size()) ? "not " + names(refused) : names(allowed);
			throw new ConflictException(
					"The case is " + this.state + "; " + action + " needs a case that is " + needed + ".");
		}
	}

	private static String names(Set<CaseState> states) {
		return states.stream().map(CaseState::name).collect(Collectors.joining(" or "));
	}

	private static LocalDate today(Acting by) {
		return LocalDate.ofInstant(by.at(), VIETNAM);
	}

	// State

	@EventSourcingHandler
	void on(ReportReceived event) {
		this.caseId = event.caseId();
		this.provinceCode = event.provinceCode();
		this.communeCode = event.communeCode();
		this.receivedAt = event.receivedAt();
		this.state = CaseState.REPORT_RECEIVED;
	}

	@EventSourcingHandler
	void on(InitialAssessmentRecorded event) {
		this.state = CaseState.INITIAL_ASSESSMENT_DONE;
		this.emergency = event.seriousHarm();
	}

	@EventSourcingHandler
	void on(EmergencyMeasureDeadlineStarted event) {
		this.emergencyMeasureDueAt = event.dueAt();
	}

	@EventSourcingHandler
	void on(EmergencyMeasureRecorded event) {
		this.emergencyMeasureDueAt = null;
	}

	@EventSourcingHandler
	void on(EmergencyMeasureDeadlineMissed event) {
		this.emergencyMeasureDueAt = null;
	}

	@EventSourcingHandler
	void on(SpecificAssessmentRecorded event) {
		this.state = CaseState.SPECIFIC_ASSESSMENT_DONE;
	}

	@EventSourcingHandler
	void on(PlanDraftingDeadlineStarted event) {
		this.planDraftingStarted = true;
		this.planDraftingDueAt = event.dueAt();
	}

	@EventSourcingHandler
	void on(PlanDraftingDeadlineMissed event) {
		this.planDraftingDueAt = null;
	}

	@EventSourcingHandler
	void on(PlanDrafted event) {
		if (event.version() != this.planVersion) {
			this.planAuthors.clear();
		}
		this.planVersion = event.version();
		this.planAuthors.add(event.by().userId());
		this.state = CaseState.PLAN_DRAFTED;
	}

	@EventSourcingHandler
	void on(PlanSubmitted event) {
		this.planAuthors.add(event.by().userId());
		this.planDraftingDueAt = null;
		this.state = CaseState.PLAN_SUBMITTED;
	}

	@EventSourcingHandler
	void on(PlanApproved event) {
		this.state = CaseState.PLAN_IN_IMPLEMENTATION;
	}

	@EventSourcingHandler
	void on(PlanReturned event) {
		this.state = CaseState.PLAN_RETURNED;
	}

	@EventSourcingHandler
	void on(PlanReviewed event) {
		this.state = CaseState.UNDER_MONITORING;
	}

	@EventSourcingHandler
	void on(PlanRevised event) {
		this.planAuthors.clear();
		this.planVersion = event.version();
		this.planAuthors.add(event.by().userId());
		this.state = CaseState.PLAN_DRAFTED;
	}

	@EventSourcingHandler
	void on(CaseClosed event) {
		this.stateBeforeClosure = CaseState.valueOf(event.closedInState());
		this.closedFor = event.reason();
		this.state = CaseState.CLOSED;
	}

	@EventSourcingHandler
	void on(CaseReopened event) {
		this.closedFor = null;
		this.state = CaseState.valueOf(event.resumedState());
	}

	// Possible duplicates (org.kinbridge.cases.duplicates): flagged at intake, then
	// merged or kept apart by an officer.

	/** The other cases this one may duplicate, while no officer has decided. */
	private final Set<String> possibleDuplicatesOf = new HashSet<>();

	/** The case this one was merged into, once it was closed as a duplicate. */
	private String mergedInto;

	@CommandHandler
	void handle(FlagPossibleDuplicates command) {
		requireInScope(command.by());
		for (DuplicateCandidate candidate : command.candidates()) {
			boolean known = this.possibleDuplicatesOf.contains(candidate.otherCaseId());
			if (!known && !candidate.otherCaseId().equals(this.caseId)) {
				apply(new PossibleDuplicateFlagged(this.caseId, candidate.otherCaseId(), candidate.otherCaseNumber(),
						candidate.matches(), command.by()));
			}
		}
	}

	@CommandHandler
	CaseState handle(MergeCaseInto command, DeadlineManager deadlines) {
		requireInScope(command.by());
		cannotBeMergedTwice();
		requireState("merging the case into another", EnumSet.complementOf(EnumSet.copyOf(ENDED)));
		requireOpenDuplicateFlag(command.intoCaseId(), "merged into");
		decisionsOnDuplicatesMustGiveAReason(command.reason());
		String closedInState = this.state.name();
		apply(new CaseMergedInto(this.caseId, command.intoCaseId(), command.intoCaseNumber(), command.reason(),
				command.by()));
		this.alternativeCare.endOpenNeeds(alternativeCareScope(), command.reason(), command.by());
		apply(new CaseClosed(this.caseId, ClosureReason.MERGED, command.reason(), null, closedInState, command.by()));
		deadlines.cancelAllWithinScope(EMERGENCY_MEASURE_DEADLINE);
		deadlines.cancelAllWithinScope(PLAN_DRAFTING_DEADLINE);
		return this.state;
	}

	@CommandHandler
	CaseState handle(KeepCasesApart command) {
		requireInScope(command.by());
		cannotBeMergedTwice();
		requireOpenDuplicateFlag(command.otherCaseId(), "kept apart from");
		decisionsOnDuplicatesMustGiveAReason(command.reason());
		apply(new CasesKeptApart(this.caseId, command.otherCaseId(), command.reason(), command.by()));
		return this.state;
	}

	private void cannotBeMergedTwice() {
		if (this.state == CaseState.CLOSED && this.mergedInto != null) {
			throw new ConflictException("The case is CLOSED, merged into case " + this.mergedInto
					+ "; a merged case cannot be merged or kept apart again.");
		}
	}

	private void requireOpenDuplicateFlag(String otherCaseId, String decision) {
		if (!this.possibleDuplicatesOf.contains(otherCaseId)) {
			throw new ConflictException(
					"The case is " + this.state + " and has no open possible-duplicate flag for case " + otherCaseId
							+ ", so it cannot be " + decision + " it.");
		}
	}

	private static void decisionsOnDuplicatesMustGiveAReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new DomainRuleViolation("duplicate.reason-not-stated",
					"reason: say why the cases are, or are not, about the same child.");
		}
	}

	@EventSourcingHandler
	void on(PossibleDuplicateFlagged event) {
		this.possibleDuplicatesOf.add(event.otherCaseId());
	}

	@EventSourcingHandler
	void on(CasesKeptApart event) {
		this.possibleDuplicatesOf.remove(event.otherCaseId());
	}

	@EventSourcingHandler
	void on(CaseMergedInto event) {
		this.mergedInto = event.intoCaseId();
		this.possibleDuplicatesOf.clear();
	}

	// Referrals (org.kinbridge.cases.referral): the case's officers refer children to a
	// service, whose answers they record, or offer the case to another commune or
	// province, which answers itself and, by accepting, owns the case from then on.
	// The rules live in CaseReferrals; the case file checks its own scope and state.

	@AggregateMember
	private final CaseReferrals referrals = new CaseReferrals();

	@CommandHandler
	ReferralStatus handle(ReferCase command, ReferralRules rules, DeadlineManager deadlines) {
		requireInScope(command.by());
		requireState("referring the case", EnumSet.complementOf(EnumSet.copyOf(ENDED)));
		ReferralSent sent = this.referrals.refer(command, this.provinceCode, this.communeCode,
				rules.childOpinionAge(this.provinceCode));
		apply(sent);
		ReferralResponseDeadlineStarted started = this.referrals.responseDeadlineOf(sent, rules);
		apply(started);
		deadlines.schedule(started.dueAt(), CaseReferrals.responseDeadline(sent.referralId()),
				new ReferralResponseDue(this.caseId, sent.referralId(), started.dueAt()));
		return ReferralStatus.SENT;
	}

	@CommandHandler
	ReferralStatus handle(AcceptReferral command, DeadlineManager deadlines) {
		ReferralAccepted accepted = this.referrals.accept(command, ownedBy(command.by()));
		Optional<CaseHandedOver> handover = this.referrals.handoverOn(accepted, this.provinceCode, this.communeCode);
		if (handover.isPresent()) {
			requireState("handing the case over", EnumSet.complementOf(EnumSet.copyOf(ENDED)));
		}
		answerReferral(command.referralId(), accepted, command.by(), deadlines);
		handover.ifPresent(AggregateLifecycle::apply);
		return ReferralStatus.ACCEPTED;
	}

	@CommandHandler
	ReferralStatus handle(RejectReferral command, DeadlineManager deadlines) {
		answerReferral(command.referralId(), this.referrals.reject(command, ownedBy(command.by())), command.by(),
				deadlines);
		return ReferralStatus.REJECTED;
	}

	@CommandHandler
	ReferralStatus handle(RevokeReferral command, DeadlineManager deadlines) {
		requireInScope(command.by());
		answerReferral(command.referralId(), this.referrals.revoke(command), command.by(), deadlines);
		return ReferralStatus.REVOKED;
	}

	@CommandHandler
	ReferralStatus handle(CompleteReferral command) {
		requireInScope(command.by());
		apply(this.referrals.complete(command));
		return ReferralStatus.DONE;
	}

	@DeadlineHandler
	void referralResponseTimeLimitReached(ReferralResponseDue due) {
		if (!ENDED.contains(this.state)) {
			this.referrals.overdue(this.caseId, due.referralId(), due.dueAt(), this.provinceCode, this.communeCode)
				.ifPresent(AggregateLifecycle::apply);
		}
	}

	/**
	 * An answer after the time limit, before its deadline fired, records the miss first;
	 * any answer ends the wait.
	 */
	private void answerReferral(String referralId, Object answer, Acting by, DeadlineManager deadlines) {
		this.referrals.overdue(this.caseId, referralId, by.at(), this.provinceCode, this.communeCode)
			.ifPresent(AggregateLifecycle::apply);
		apply(answer);
		deadlines.cancelAllWithinScope(CaseReferrals.responseDeadline(referralId));
	}

	private boolean ownedBy(Acting by) {
		return CaseReferrals.reaches(by, this.provinceCode, this.communeCode);
	}

	@EventSourcingHandler
	void on(CaseHandedOver event) {
		this.provinceCode = event.toProvinceCode();
		this.communeCode = event.toCommuneCode();
	}

	// Alternative care (org.kinbridge.cases.alternativecare): the commune decides that
	// children need it and confirms their eligibility; the placements that follow are
	// decided in matching-service and recorded here as they happen.

	@AggregateMember
	private final AlternativeCare alternativeCare = new AlternativeCare();

	/** A need is identified once the risk to the child was assessed. */
	private static final Set<CaseState> ASSESSED_AND_OPEN = EnumSet
		.complementOf(EnumSet.of(CaseState.REPORT_RECEIVED, CaseState.CLOSED, CaseState.TRANSFERRED));

	@CommandHandler
	NeedStatus handle(RecordAlternativeCareNeed command) {
		requireInScope(command.by());
		requireState("recording a need for alternative care", ASSESSED_AND_OPEN);
		return this.alternativeCare.identify(command);
	}

	@CommandHandler
	NeedStatus handle(RecordDossierItem command) {
		requireOpenToAlternativeCare(command.by(), "recording the alternative-care checklist");
		return this.alternativeCare.recordDossierItem(command);
	}

	@CommandHandler
	NeedStatus handle(RecordConsent command) {
		requireOpenToAlternativeCare(command.by(), "recording the alternative-care checklist");
		return this.alternativeCare.recordConsent(command);
	}

	@CommandHandler
	NeedStatus handle(RecordChildOpinion command) {
		requireOpenToAlternativeCare(command.by(), "recording the alternative-care checklist");
		return this.alternativeCare.recordChildOpinion(command);
	}

	@CommandHandler
	NeedStatus handle(ConfirmEligibility command, AlternativeCareRules rules) {
		requireOpenToAlternativeCare(command.by(), "confirming eligibility for alternative care");
		return this.alternativeCare.confirm(command, alternativeCareScope(), rules.of(this.provinceCode));
	}

	@CommandHandler
	NeedStatus handle(EndAlternativeCareNeed command) {
		requireOpenToAlternativeCare(command.by(), "ending a need for alternative care");
		return this.alternativeCare.end(command, alternativeCareScope());
	}

	@CommandHandler
	CaseState handle(AddRelative command) {
		requireOpenToAlternativeCare(command.by(), "listing a relative");
		this.alternativeCare.addRelative(command);
		return this.state;
	}

	@CommandHandler
	CaseState handle(UpdateRelative command) {
		requireOpenToAlternativeCare(command.by(), "updating a relative");
		this.alternativeCare.updateRelative(command);
		return this.state;
	}

	@CommandHandler
	void handle(RecordPlacementProposal command) {
		this.alternativeCare.recordProposal(command, alternativeCareScope());
	}

	@CommandHandler
	void handle(RecordPlacementProposalClosure command) {
		this.alternativeCare.recordProposalClosure(command, alternativeCareScope());
	}

	@CommandHandler
	void handle(RecordPlacementDecision command) {
		this.alternativeCare.recordDecision(command, alternativeCareScope());
	}

	@CommandHandler
	void handle(RecordPlacementStart command, DeadlineManager deadlines) {
		this.alternativeCare.recordStart(command, alternativeCareScope(), deadlines);
	}

	@CommandHandler
	void handle(RecordPlacementEnd command, DeadlineManager deadlines) {
		this.alternativeCare.recordEnd(command, alternativeCareScope(), deadlines);
	}

	private void requireOpenToAlternativeCare(Acting by, String action) {
		requireInScope(by);
		requireState(action, EnumSet.complementOf(EnumSet.copyOf(ENDED)));
	}

	private AlternativeCare.CaseScope alternativeCareScope() {
		return new AlternativeCare.CaseScope(this.caseId, this.provinceCode, this.communeCode);
	}

}
