package org.kinbridge.matching.placement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.kinbridge.matching.placement.api.Acting;
import org.kinbridge.matching.placement.api.CaregiverConsented;
import org.kinbridge.matching.placement.api.ChildAge;
import org.kinbridge.matching.placement.api.ChildConsulted;
import org.kinbridge.matching.placement.api.CompleteHandover;
import org.kinbridge.matching.placement.api.DeclineProposal;
import org.kinbridge.matching.placement.api.DecliningParty;
import org.kinbridge.matching.placement.api.EndPlacement;
import org.kinbridge.matching.placement.api.EndReason;
import org.kinbridge.matching.placement.api.HandoverCompleted;
import org.kinbridge.matching.placement.api.HandoverOverdue;
import org.kinbridge.matching.placement.api.IssueDecision;
import org.kinbridge.matching.placement.api.MonitoringReportOverdue;
import org.kinbridge.matching.placement.api.MonitoringReportRecorded;
import org.kinbridge.matching.placement.api.OutsideChange;
import org.kinbridge.matching.placement.api.PlacementAlertRaised;
import org.kinbridge.matching.placement.api.PlacementDecided;
import org.kinbridge.matching.placement.api.PlacementEnded;
import org.kinbridge.matching.placement.api.PlacementProposed;
import org.kinbridge.matching.placement.api.PlacementRef;
import org.kinbridge.matching.placement.api.ProposalClosed;
import org.kinbridge.matching.placement.api.ProposalOutcome;
import org.kinbridge.matching.placement.api.ProposePlacement;
import org.kinbridge.matching.placement.api.RecordCaregiverConsent;
import org.kinbridge.matching.placement.api.RecordChildOpinion;
import org.kinbridge.matching.placement.api.RecordMonitoringReport;
import org.kinbridge.matching.placement.api.RejectProposal;
import org.kinbridge.matching.placement.api.RespondToOutsideChange;
import org.kinbridge.matching.placement.api.WithdrawProposal;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.ForbiddenException;

/**
 * One placement of a child with a caregiver, from the proposal to its end. It carries its
 * province and the child's commune, so that every command is checked against the caller's
 * scope where the state is certain, and it runs the handover and monitoring time limits
 * as deadlines.
 */
@Aggregate
public class Placement {

	public static final String HANDOVER_DEADLINE = "placement-handover";

	public static final String MONITORING_DEADLINE = "placement-monitoring";

	/** The legal basis recorded when the caregiver can no longer receive the child. */
	static final String CAREGIVER_INELIGIBLE_BASIS = "Law on Children 2016 Art. 63, 69";

	/** The legal basis recorded when family-service had no place for the child. */
	static final String CAPACITY_REFUSED_BASIS = "Law on Children 2016 Art. 63";

	/** The legal basis recorded when the need ended before the handover. */
	static final String NEED_ENDED_BASIS = "Law on Children 2016 Art. 69";

	/** Dates in the process are local dates in Vietnam. */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@AggregateIdentifier
	private String placementId;

	private PlacementRef ref;

	private String proposedBy;

	private LocalDate proposedOn;

	private ChildAge childAge;

	private PlacementState state;

	private LocalDate decidedOn;

	/** The handover's last day, while the handover is neither done nor overdue. */
	private LocalDate handoverDueOn;

	private Instant handoverDueAt;

	private LocalDate handedOverOn;

	/** The next monitoring report's day, while it is neither made nor overdue. */
	private LocalDate monitoringDueOn;

	private Instant monitoringDueAt;

	protected Placement() {
		// for Axon
	}

	@CommandHandler
	public Placement(ProposePlacement command) {
		proposalNeedsAnExplanation(command);
		apply(new PlacementProposed(command.placement(), command.childAge(), command.needRecordedAt(), command.basis(),
				command.reason(), command.by()));
	}

	/** The officer must be able to see why a caregiver was proposed. */
	private static void proposalNeedsAnExplanation(ProposePlacement command) {
		if (command.basis().explanation().isEmpty()) {
			throw new DomainRuleViolation("placement.no-explanation",
					"explanation: a proposal needs at least one reason why the caregiver fits.");
		}
		if (command.basis().rank() < 1 || command.basis().score() < 0 || command.basis().score() > 100) {
			throw new DomainRuleViolation("placement.basis", "rank: must be 1 or more, and the score 0 to 100.");
		}
	}

	// Consent and opinion

	@CommandHandler
	PlacementState handle(RecordCaregiverConsent command) {
		requireInScope(command.by());
		requireState("recording the caregiver's consent", PlacementState.MATCH_PROPOSED);
		requireDayBetween("consentedOn", command.consentedOn(), this.proposedOn, command.by(), "the proposal was made");
		apply(new CaregiverConsented(this.ref, command.consentedOn(), command.note(), command.by()));
		return this.state;
	}

	/** A child who does not agree is not placed: the proposal closes. */
	@CommandHandler
	PlacementState handle(RecordChildOpinion command) {
		requireInScope(command.by());
		requireState("recording the child's opinion", PlacementState.CAREGIVER_CONFIRMED);
		requireDayBetween("consultedOn", command.consultedOn(), this.proposedOn, command.by(), "the proposal was made");
		Integer age = this.childAge.yearsOn(command.consultedOn()).orElse(null);
		apply(new ChildConsulted(this.ref, command.consultedOn(), age, command.opinion(), command.agrees(),
				command.by()));
		if (!command.agrees()) {
			apply(new ProposalClosed(this.ref, ProposalOutcome.CHILD_DECLINED,
					PlacementState.CAREGIVER_CONFIRMED.name(),
					"The child did not agree to live with the proposed caregiver when consulted on "
							+ command.consultedOn() + ".",
					command.by()));
		}
		return this.state;
	}

	// Decision (the commune chair)

	@CommandHandler
	PlacementState handle(IssueDecision command, PlacementRules rules, DeadlineManager deadlines) {
		requireInScope(command.by());
		requireState("issuing the placement decision", PlacementState.CAREGIVER_CONFIRMED,
				PlacementState.CHILD_CONSULTED);
		proposerCannotDecide(command.by(), "decide on");
		LocalDate today = today(command.by());
		boolean opinionRequired = rules.childOpinionRequired(this.ref.provinceCode(), this.childAge, today);
		if (opinionRequired && this.state != PlacementState.CHILD_CONSULTED) {
			throw new DomainRuleViolation("placement.child-opinion-required", describeAge(today, rules)
					+ ", so the child's opinion must be recorded before the placement decision.");
		}
		LocalDate dueOn = rules.handoverDueOn(this.ref.provinceCode(), today);
		Instant dueAt = rules.endOf(dueOn);
		apply(new PlacementDecided(this.ref, command.decisionNumber(), today, command.reason(), command.legalBasis(),
				opinionRequired, rules.handoverWorkingDays(this.ref.provinceCode()), dueOn, dueAt, command.by()));
		deadlines.schedule(dueAt, HANDOVER_DEADLINE, new TimeLimitReached(this.placementId, dueAt));
		return this.state;
	}

	private String describeAge(LocalDate today, PlacementRules rules) {
		int threshold = rules.childOpinionAge(this.ref.provinceCode());
		return this.childAge.yearsOn(today)
			.map(years -> "The child is " + years + " on " + today + " (" + threshold + " or older)")
			.orElse("The child's age is unknown, which counts as " + threshold + " or older");
	}

	@CommandHandler
	PlacementState handle(RejectProposal command) {
		requireInScope(command.by());
		requireState("rejecting the proposal", PlacementState.OPEN_PROPOSAL);
		proposerCannotDecide(command.by(), "reject");
		close(ProposalOutcome.REJECTED, command.reason(), command.by());
		return this.state;
	}

	/**
	 * Separation of duties: the chair's decision is a check on someone else's proposal.
	 */
	private void proposerCannotDecide(Acting by, String decision) {
		if (this.proposedBy.equals(by.userId())) {
			throw new ForbiddenException(
					"You proposed this placement, so another person must " + decision + " it as commune chair.");
		}
	}

	// Handover (within the province's working days of the decision)

	@CommandHandler
	PlacementState handle(CompleteHandover command, PlacementRules rules, DeadlineManager deadlines) {
		requireInScope(command.by());
		requireState("completing the handover", PlacementState.PLACEMENT_DECISION_ISSUED);
		requireDayBetween("handedOverOn", command.handedOverOn(), this.decidedOn, command.by(),
				"the decision was issued");
		LocalDate dueOn = this.handoverDueOn;
		if (dueOn != null && command.handedOverOn().isAfter(dueOn)) {
			// The time passed before the deadline fired (the service may have been down):
			// the alert must still be raised.
			apply(new HandoverOverdue(this.ref, dueOn, this.handoverDueAt, command.by()));
		}
		boolean withinTimeLimit = dueOn != null && !command.handedOverOn().isAfter(dueOn);
		LocalDate reportDueOn = rules.monitoringDueOn(this.ref.provinceCode(), command.handedOverOn());
		apply(new HandoverCompleted(this.ref, command.handedOverOn(), command.note(), withinTimeLimit, reportDueOn,
				rules.endOf(reportDueOn), command.by()));
		deadlines.cancelAllWithinScope(HANDOVER_DEADLINE);
		armMonitoringDeadline(command.by().at(), deadlines);
		return this.state;
	}

	@DeadlineHandler(deadlineName = HANDOVER_DEADLINE)
	void handoverTimeLimitReached(TimeLimitReached reached) {
		if (this.state == PlacementState.PLACEMENT_DECISION_ISSUED && this.handoverDueOn != null) {
			apply(new HandoverOverdue(this.ref, this.handoverDueOn, this.handoverDueAt, null));
		}
	}

	// Monitoring (every few months, and on any change)

	@CommandHandler
	PlacementState handle(RecordMonitoringReport command, PlacementRules rules, DeadlineManager deadlines) {
		requireInScope(command.by());
		requireState("recording a monitoring report", PlacementState.PLACEMENT_ACTIVE);
		requireDayBetween("reportedOn", command.reportedOn(), this.handedOverOn, command.by(),
				"the child was handed over");
		LocalDate dueOn = this.monitoringDueOn;
		if (dueOn != null && command.reportedOn().isAfter(dueOn)) {
			apply(new MonitoringReportOverdue(this.ref, dueOn, this.monitoringDueAt, command.by()));
		}
		boolean withinTimeLimit = this.monitoringDueOn != null;
		LocalDate nextDueOn = rules.monitoringDueOn(this.ref.provinceCode(), command.reportedOn());
		apply(new MonitoringReportRecorded(this.ref, command.reportedOn(), command.trigger(), command.summary(),
				withinTimeLimit, nextDueOn, rules.endOf(nextDueOn), command.by()));
		deadlines.cancelAllWithinScope(MONITORING_DEADLINE);
		armMonitoringDeadline(command.by().at(), deadlines);
		return this.state;
	}

	/** A report recorded long after its day may already be due again. */
	private void armMonitoringDeadline(Instant now, DeadlineManager deadlines) {
		if (this.monitoringDueAt.isAfter(now)) {
			deadlines.schedule(this.monitoringDueAt, MONITORING_DEADLINE,
					new TimeLimitReached(this.placementId, this.monitoringDueAt));
		}
		else {
			apply(new MonitoringReportOverdue(this.ref, this.monitoringDueOn, this.monitoringDueAt, null));
		}
	}

	@DeadlineHandler(deadlineName = MONITORING_DEADLINE)
	void monitoringTimeLimitReached(TimeLimitReached reached) {
		if (this.state == PlacementState.PLACEMENT_ACTIVE && this.monitoringDueOn != null
				&& reached.dueAt().equals(this.monitoringDueAt)) {
			apply(new MonitoringReportOverdue(this.ref, this.monitoringDueOn, this.monitoringDueAt, null));
		}
	}

	// Declining, withdrawing and ending

	@CommandHandler
	PlacementState handle(DeclineProposal command) {
		requireInScope(command.by());
		requireState("recording that the proposal was declined", PlacementState.OPEN_PROPOSAL);
		close((command.party() == DecliningParty.CAREGIVER) ? ProposalOutcome.CAREGIVER_DECLINED
				: ProposalOutcome.CHILD_DECLINED, command.reason(), command.by());
		return this.state;
	}

	/**
	 * Before the decision the proposal closes; after it, and before the handover, the
	 * decision is not carried out and the placement ends as HANDOVER_CANCELLED.
	 */
	@CommandHandler
	PlacementState handle(WithdrawProposal command, DeadlineManager deadlines) {
		requireInScope(command.by());
		requireState("withdrawing the proposal",
				EnumSet.of(PlacementState.MATCH_PROPOSED, PlacementState.CAREGIVER_CONFIRMED,
						PlacementState.CHILD_CONSULTED, PlacementState.PLACEMENT_DECISION_ISSUED));
		if (this.state == PlacementState.PLACEMENT_DECISION_ISSUED) {
			if (command.legalBasis() == null || command.legalBasis().isBlank()) {
				throw new DomainRuleViolation("placement.cancellation-basis",
						"legalBasis: the placement was decided, so cancelling its handover needs a legal basis.");
			}
			end(EndReason.HANDOVER_CANCELLED, command.legalBasis(), command.reason(), today(command.by()), true,
					command.by(), deadlines);
		}
		else {
			close(ProposalOutcome.WITHDRAWN, command.reason(), command.by());
		}
		return this.state;
	}

	@CommandHandler
	PlacementState handle(EndPlacement command, DeadlineManager deadlines) {
		requireInScope(command.by());
		requireState("ending the placement", PlacementState.PLACEMENT_DECISION_ISSUED, PlacementState.PLACEMENT_ACTIVE);
		reasonMustFitTheStep(command.reason());
		if (command.reason() == EndReason.OTHER && (command.note() == null || command.note().isBlank())) {
			throw new DomainRuleViolation("placement.end-reason-not-stated",
					"note: say why the placement ends when the reason is OTHER.");
		}
		LocalDate since = (this.handedOverOn != null) ? this.handedOverOn : this.decidedOn;
		requireDayBetween("endedOn", command.endedOn(), since, command.by(),
				(this.handedOverOn != null) ? "the child was handed over" : "the decision was issued");
		end(command.reason(), command.legalBasis(), command.note(), command.endedOn(),
				command.anotherFormOfCareNeeded(), command.by(), deadlines);
		return this.state;
	}

	private void reasonMustFitTheStep(EndReason reason) {
		boolean handedOver = this.state == PlacementState.PLACEMENT_ACTIVE;
		if (!handedOver && reason != EndReason.HANDOVER_CANCELLED && reason != EndReason.CAPACITY_REFUSED
				&& reason != EndReason.CAREGIVER_INELIGIBLE && reason != EndReason.CAREGIVER_REQUEST) {
			throw new DomainRuleViolation("placement.end-reason",
					"reason: the child was not handed over yet, so the placement can only end as HANDOVER_CANCELLED, "
							+ "CAREGIVER_REQUEST, CAREGIVER_INELIGIBLE or CAPACITY_REFUSED.");
		}
		if (handedOver && reason == EndReason.HANDOVER_CANCELLED) {
			throw new DomainRuleViolation("placement.end-reason", "reason: the child was handed over on "
					+ this.handedOverOn + ", so the handover cannot be cancelled any more.");
		}
	}

	// Changes in other services

	/**
	 * A proposal or a decided placement cannot go ahead without an eligible caregiver, a
	 * place and a need; a child who already lives with the caregiver is not moved by a
	 * message, so a running placement raises an alert for the officer instead.
	 */
	@CommandHandler
	PlacementState handle(RespondToOutsideChange command, DeadlineManager deadlines) {
		requireInScope(command.by());
		boolean refused = command.change() == OutsideChange.PLACE_REFUSED;
		if (PlacementState.OPEN_PROPOSAL.contains(this.state)) {
			close(refused ? ProposalOutcome.CAPACITY_REFUSED : ProposalOutcome.WITHDRAWN, command.detail(),
					command.by());
		}
		else if (this.state == PlacementState.PLACEMENT_DECISION_ISSUED
				|| (this.state == PlacementState.PLACEMENT_ACTIVE && refused)) {
			// family-service refuses right after the decision; a place it never gave is
			// not one the child can live in, handed over or not.
			LocalDate today = today(command.by());
			switch (command.change()) {
				case CAREGIVER_SUSPENDED, CAREGIVER_REMOVED -> end(EndReason.CAREGIVER_INELIGIBLE,
						CAREGIVER_INELIGIBLE_BASIS, command.detail(), today, true, command.by(), deadlines);
				case PLACE_REFUSED -> end(EndReason.CAPACITY_REFUSED, CAPACITY_REFUSED_BASIS, command.detail(), today,
						true, command.by(), deadlines);
				case NEED_ENDED -> end(EndReason.HANDOVER_CANCELLED, NEED_ENDED_BASIS, command.detail(), today, false,
						command.by(), deadlines);
			}
		}
		else if (this.state == PlacementState.PLACEMENT_ACTIVE) {
			apply(new PlacementAlertRaised(this.ref, command.change(), command.detail(), command.by()));
		}
		// A closed or ended placement has nothing left to stop.
		return this.state;
	}

	private void close(ProposalOutcome outcome, String reason, Acting by) {
		apply(new ProposalClosed(this.ref, outcome, this.state.name(), reason, by));
	}

	private void end(EndReason reason, String legalBasis, String note, LocalDate endedOn,
			boolean anotherFormOfCareNeeded, Acting by, DeadlineManager deadlines) {
		apply(new PlacementEnded(this.ref, reason, legalBasis, note, endedOn, anotherFormOfCareNeeded,
				this.state.name(), by));
		deadlines.cancelAllWithinScope(HANDOVER_DEADLINE);
		deadlines.cancelAllWithinScope(MONITORING_DEADLINE);
	}

	// Checks every command shares

	/**
	 * Another province's placement, or another commune's for a commune-bound user, is
	 * answered as if it did not exist, before any state is revealed.
	 */
	private void requireInScope(Acting by) {
		boolean sameProvince = this.ref.provinceCode().equals(by.provinceCode());
		boolean inCommune = by.communeCode() == null || by.communeCode().equals(this.ref.communeCode());
		if (!sameProvince || !inCommune) {
			throw new OutOfTenantScopeException(
					"placement " + this.placementId + " is outside the scope of " + by.userId());
		}
	}

	private void requireState(String action, PlacementState... allowed) {
		requireState(action, EnumSet.of(allowed[0], allowed));
	}

	/** The message names the current state and the states the action needs. */
	private void requireState(String action, Set<PlacementState> allowed) {
		if (!allowed.contains(this.state)) {
			throw new ConflictException("The placement is " + this.state + "; " + action + " needs a placement that is "
					+ allowed.stream().map(PlacementState::name).collect(Collectors.joining(" or ")) + ".");
		}
	}

	/** A step is recorded once it happened, and not before the step it follows. */
	private static void requireDayBetween(String field, LocalDate day, LocalDate earliest, Acting by,
			String earliestEvent) {
		if (day.isAfter(today(by))) {
			throw new DomainRuleViolation("placement.day-in-future",
					field + ": cannot be recorded before it happens (" + day + " is after today).");
		}
		if (earliest != null && day.isBefore(earliest)) {
			throw new DomainRuleViolation("placement.day-too-early",
					field + ": cannot be before " + earliest + ", the day " + earliestEvent + ".");
		}
	}

	private static LocalDate today(Acting by) {
		return LocalDate.ofInstant(by.at(), VIETNAM);
	}

	// State

	@EventSourcingHandler
	void on(PlacementProposed event) {
		this.placementId = event.placementId();
		this.ref = event.placement();
		this.proposedBy = event.by().userId();
		this.proposedOn = today(event.by());
		this.childAge = (event.childAge() != null) ? event.childAge() : ChildAge.UNKNOWN;
		this.state = PlacementState.MATCH_PROPOSED;
	}

	@EventSourcingHandler
	void on(CaregiverConsented event) {
		this.state = PlacementState.CAREGIVER_CONFIRMED;
	}

	@EventSourcingHandler
	void on(ChildConsulted event) {
		if (event.agrees()) {
			this.state = PlacementState.CHILD_CONSULTED;
		}
	}

	@EventSourcingHandler
	void on(PlacementDecided event) {
		this.decidedOn = event.decidedOn();
		this.handoverDueOn = event.handoverDueOn();
		this.handoverDueAt = event.handoverDueAt();
		this.state = PlacementState.PLACEMENT_DECISION_ISSUED;
	}

	@EventSourcingHandler
	void on(HandoverOverdue event) {
		this.handoverDueOn = null;
		this.handoverDueAt = null;
	}

	@EventSourcingHandler
	void on(HandoverCompleted event) {
		this.handoverDueOn = null;
		this.handoverDueAt = null;
		this.handedOverOn = event.handedOverOn();
		this.monitoringDueOn = event.monitoringDueOn();
		this.monitoringDueAt = event.monitoringDueAt();
		this.state = PlacementState.PLACEMENT_ACTIVE;
	}

	@EventSourcingHandler
	void on(MonitoringReportOverdue event) {
		this.monitoringDueOn = null;
	}

	@EventSourcingHandler
	void on(MonitoringReportRecorded event) {
		this.monitoringDueOn = event.nextDueOn();
		this.monitoringDueAt = event.nextDueAt();
	}

	@EventSourcingHandler
	void on(ProposalClosed event) {
		this.state = PlacementState.PROPOSAL_CLOSED;
	}

	@EventSourcingHandler
	void on(PlacementEnded event) {
		this.handoverDueOn = null;
		this.monitoringDueOn = null;
		this.state = PlacementState.PLACEMENT_ENDED;
	}

}
