package org.kinbridge.cases.survey;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.survey.api.AssignCollaborator;
import org.kinbridge.cases.survey.api.CloseSurveyRound;
import org.kinbridge.cases.survey.api.CollaboratorAssigned;
import org.kinbridge.cases.survey.api.HamletSurveyRecorded;
import org.kinbridge.cases.survey.api.OpenSurveyRound;
import org.kinbridge.cases.survey.api.RecordHamletSurvey;
import org.kinbridge.cases.survey.api.SurveyRoundClosed;
import org.kinbridge.cases.survey.api.SurveyRoundOpened;
import org.kinbridge.cases.survey.api.SurveyedHamlet;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.ForbiddenException;
import org.kinbridge.platform.web.NotFoundException;

/**
 * Đợt khảo sát: a survey round of one commune, in which collaborators visit every hamlet
 * and report the children in special circumstances they find. Each hamlet is assigned,
 * then surveyed once; the round is closed when all are surveyed, or earlier for a stated
 * reason.
 */
@Aggregate
public class SurveyRound {

	/** Survey dates are local dates in Vietnam. */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@AggregateIdentifier
	private String roundId;

	private String provinceCode;

	private String communeCode;

	private LocalDate periodStart;

	private boolean closed;

	private final Map<String, Hamlet> hamlets = new LinkedHashMap<>();

	protected SurveyRound() {
		// for Axon
	}

	@CommandHandler
	public SurveyRound(OpenSurveyRound command) {
		requireInScope(command.provinceCode(), command.communeCode(), command.by());
		if (command.periodEnd().isBefore(command.periodStart())) {
			throw new DomainRuleViolation("survey.period", "periodEnd: the round cannot end before it starts.");
		}
		if (command.hamlets().isEmpty()) {
			throw new ConflictException("Commune " + command.communeCode()
					+ " has no ACTIVE hamlet; add its hamlets before opening a survey round.");
		}
		apply(new SurveyRoundOpened(command.roundId(), command.provinceCode(), command.communeCode(), command.title(),
				command.periodStart(), command.periodEnd(), command.hamlets(), command.by()));
	}

	/**
	 * A collaborator who does not cover the hamlet may be assigned (a neighbour stands in
	 * for one who is ill), but only with a reason, which the round keeps.
	 */
	@CommandHandler
	void handle(AssignCollaborator command) {
		requireRoundOf(command.communeCode(), command.by());
		requireOpen("assigning a collaborator");
		Hamlet hamlet = requireHamlet(command.hamletCode());
		requireNotSurveyed(hamlet, "assigning a collaborator");
		boolean reasonGiven = command.reason() != null && !command.reason().isBlank();
		if (!command.coversHamlet() && !reasonGiven) {
			throw new DomainRuleViolation("survey.assignment-outside-coverage", "reason: the collaborator does not "
					+ "cover hamlet " + hamlet.code() + " on the roster; say why they survey it.");
		}
		apply(new CollaboratorAssigned(this.roundId, this.communeCode, hamlet.code(), command.collaboratorId(),
				command.collaboratorName(), command.collaboratorUserId(), command.coversHamlet(),
				reasonGiven ? command.reason() : null, command.by()));
	}

	@CommandHandler
	void handle(RecordHamletSurvey command) {
		requireRoundOf(command.communeCode(), command.by());
		requireOpen("recording a hamlet's survey");
		Hamlet hamlet = requireHamlet(command.hamletCode());
		requireNotSurveyed(hamlet, "recording its survey");
		if (hamlet.collaboratorId() == null) {
			throw new ConflictException(
					"Hamlet " + hamlet.code() + " is UNASSIGNED; assign a collaborator before recording its survey.");
		}
		if (!hamlet.collaboratorId().equals(command.collaboratorId())) {
			throw new ConflictException("Hamlet " + hamlet.code() + " is ASSIGNED to collaborator "
					+ hamlet.collaboratorId() + ", who must be the one recorded as surveying it.");
		}
		boolean byCollaborator = command.by().userId().equals(hamlet.collaboratorUserId());
		collaboratorsRecordOnlyTheirOwnHamlets(command.by(), byCollaborator);
		surveyMustFallInTheRound(command);
		if (command.findings().size() > command.childrenFound()) {
			throw new DomainRuleViolation("survey.findings-exceed-children", "childrenFound: "
					+ command.findings().size() + " children are reported, more than the children found.");
		}
		apply(new HamletSurveyRecorded(this.roundId, this.provinceCode, this.communeCode, hamlet.code(), hamlet.name(),
				hamlet.collaboratorId(), !byCollaborator, command.surveyedAt(), command.householdsVisited(),
				command.childrenFound(), command.findings(), command.by()));
	}

	@CommandHandler
	void handle(CloseSurveyRound command) {
		requireRoundOf(command.communeCode(), command.by());
		requireOpen("closing it");
		List<String> notSurveyed = this.hamlets.values()
			.stream()
			.filter((hamlet) -> !hamlet.surveyed())
			.map((hamlet) -> hamlet.code())
			.toList();
		boolean reasonGiven = command.reason() != null && !command.reason().isBlank();
		if (!notSurveyed.isEmpty() && !reasonGiven) {
			throw new DomainRuleViolation("survey.close-unfinished",
					"reason: " + notSurveyed.size() + " hamlets are not surveyed yet (" + String.join(", ", notSurveyed)
							+ "); say why the round ends.");
		}
		apply(new SurveyRoundClosed(this.roundId, this.communeCode, notSurveyed, reasonGiven ? command.reason() : null,
				command.by()));
	}

	// Rules

	private static void requireInScope(String provinceCode, String communeCode, Acting by) {
		CommuneOfActing.requireInScope(provinceCode, communeCode, by, "a survey round of commune " + communeCode);
	}

	/** A round asked for under another commune's path is not found there. */
	private void requireRoundOf(String communeCode, Acting by) {
		requireInScope(this.provinceCode, this.communeCode, by);
		if (!this.communeCode.equals(communeCode)) {
			throw new NotFoundException("survey round " + this.roundId + " is not a round of commune " + communeCode);
		}
	}

	private void requireOpen(String action) {
		if (this.closed) {
			throw new ConflictException("The survey round is CLOSED; " + action + " needs a round that is OPEN.");
		}
	}

	private Hamlet requireHamlet(String hamletCode) {
		Hamlet hamlet = this.hamlets.get(hamletCode);
		if (hamlet == null) {
			throw new NotFoundException("hamlet " + hamletCode + " is not part of survey round " + this.roundId);
		}
		return hamlet;
	}

	private static void requireNotSurveyed(Hamlet hamlet, String action) {
		if (hamlet.surveyed()) {
			throw new ConflictException("Hamlet " + hamlet.code() + " is SURVEYED in this round; " + action
					+ " needs a hamlet that is not surveyed yet.");
		}
	}

	/** An officer may record for any collaborator; a collaborator only for themselves. */
	private static void collaboratorsRecordOnlyTheirOwnHamlets(Acting by, boolean byCollaborator) {
		if (Role.COLLABORATOR.name().equals(by.role()) && !byCollaborator) {
			throw new ForbiddenException("Only the collaborator assigned to this hamlet, or a commune officer on "
					+ "their behalf, may record its survey.");
		}
	}

	private void surveyMustFallInTheRound(RecordHamletSurvey command) {
		if (command.surveyedAt().isAfter(command.by().at())) {
			throw new DomainRuleViolation("survey.in-future",
					"surveyedAt: a survey cannot be recorded before it is done.");
		}
		LocalDate surveyedOn = LocalDate.ofInstant(command.surveyedAt(), VIETNAM);
		if (surveyedOn.isBefore(this.periodStart)) {
			throw new DomainRuleViolation("survey.before-round",
					"surveyedAt: the survey cannot be done before the round starts on " + this.periodStart + ".");
		}
	}

	// State

	@EventSourcingHandler
	void on(SurveyRoundOpened event) {
		this.roundId = event.roundId();
		this.provinceCode = event.provinceCode();
		this.communeCode = event.communeCode();
		this.periodStart = event.periodStart();
		for (SurveyedHamlet hamlet : event.hamlets()) {
			this.hamlets.put(hamlet.hamletCode(), new Hamlet(hamlet.hamletCode(), hamlet.name(), null, null, false));
		}
	}

	@EventSourcingHandler
	void on(CollaboratorAssigned event) {
		this.hamlets.computeIfPresent(event.hamletCode(),
				(code, hamlet) -> hamlet.assigned(event.collaboratorId(), event.collaboratorUserId()));
	}

	@EventSourcingHandler
	void on(HamletSurveyRecorded event) {
		this.hamlets.computeIfPresent(event.hamletCode(), (code, hamlet) -> hamlet.surveyedNow());
	}

	@EventSourcingHandler
	void on(SurveyRoundClosed event) {
		this.closed = true;
	}

	/** A hamlet's part in the round. */
	private record Hamlet(String code, String name, String collaboratorId, String collaboratorUserId,
			boolean surveyed) {

		Hamlet assigned(String collaboratorId, String collaboratorUserId) {
			return new Hamlet(this.code, this.name, collaboratorId, collaboratorUserId, false);
		}

		Hamlet surveyedNow() {
			return new Hamlet(this.code, this.name, this.collaboratorId, this.collaboratorUserId, true);
		}

	}

}
