package org.kinbridge.cases.survey;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.survey.api.AddHamlet;
import org.kinbridge.cases.survey.api.CollaboratorCoverageChanged;
import org.kinbridge.cases.survey.api.CollaboratorEnlisted;
import org.kinbridge.cases.survey.api.CollaboratorServiceEnded;
import org.kinbridge.cases.survey.api.CoverHamlets;
import org.kinbridge.cases.survey.api.EndCollaboratorService;
import org.kinbridge.cases.survey.api.EnlistCollaborator;
import org.kinbridge.cases.survey.api.HamletAdded;
import org.kinbridge.cases.survey.api.HamletRetired;
import org.kinbridge.cases.survey.api.RetireHamlet;
import org.kinbridge.cases.survey.api.Rosters;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.NotFoundException;

/**
 * Một xã's hamlets (ấp, khóm) and its roster of child-protection collaborators, as one
 * aggregate: hamlet codes are unique in the commune only, and a collaborator may only
 * cover hamlets that this same roster knows to be active. Hamlets are retired, never
 * deleted, so that old surveys and cases keep their names.
 */
@Aggregate
public class CommuneRoster {

	@AggregateIdentifier
	private String rosterId;

	private String provinceCode;

	private String communeCode;

	private final Map<String, Boolean> hamletActive = new LinkedHashMap<>();

	private final Map<String, Collaborator> collaborators = new HashMap<>();

	protected CommuneRoster() {
		// for Axon; a commune's roster starts with its first hamlet
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	String handle(AddHamlet command) {
		requireInScope(command.provinceCode(), command.communeCode(), command.by());
		hamletCodeMustBeNew(command.hamletCode());
		apply(new HamletAdded(Rosters.idOf(command.communeCode()), command.provinceCode(), command.communeCode(),
				command.hamletCode(), command.name(), command.kind(), command.by()));
		return command.hamletCode();
	}

	@CommandHandler
	void handle(RetireHamlet command) {
		requireInScope(this.provinceCode, command.communeCode(), command.by());
		requireActiveHamlet(command.hamletCode(), "retiring it");
		apply(new HamletRetired(this.rosterId, this.communeCode, command.hamletCode(), command.reason(), command.by()));
		// Nobody covers a hamlet that no longer exists; the change says why.
		for (Collaborator collaborator : List.copyOf(this.collaborators.values())) {
			if (collaborator.lastDay() == null && collaborator.hamlets().contains(command.hamletCode())) {
				List<String> remaining = collaborator.hamlets()
					.stream()
					.filter((code) -> !code.equals(command.hamletCode()))
					.toList();
				apply(new CollaboratorCoverageChanged(this.rosterId, this.communeCode, collaborator.id(), remaining,
						"Hamlet " + command.hamletCode() + " retired: " + command.reason(), command.by()));
			}
		}
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	String handle(EnlistCollaborator command) {
		requireInScope((this.provinceCode != null) ? this.provinceCode : command.provinceCode(), command.communeCode(),
				command.by());
		collaboratorIdMustBeNew(command.collaboratorId());
		requireActiveHamlets(command.communeCode(), command.hamletCodes());
		serviceCannotEndBeforeItStarts(command.activeFrom(), command.activeUntil(), "activeUntil");
		userCannotServeTwice(command.userId());
		apply(new CollaboratorEnlisted(this.rosterId, this.provinceCode, this.communeCode, command.collaboratorId(),
				command.fullName(), command.phone(), command.userId(), distinct(command.hamletCodes()),
				command.activeFrom(), command.activeUntil(), command.by()));
		return command.collaboratorId();
	}

	@CommandHandler
	void handle(CoverHamlets command) {
		requireInScope(this.provinceCode, command.communeCode(), command.by());
		Collaborator collaborator = requireCollaborator(command.collaboratorId());
		requireInService(collaborator, "changing the hamlets they cover");
		requireActiveHamlets(command.communeCode(), command.hamletCodes());
		apply(new CollaboratorCoverageChanged(this.rosterId, this.communeCode, collaborator.id(),
				distinct(command.hamletCodes()), command.reason(), command.by()));
	}

	@CommandHandler
	void handle(EndCollaboratorService command) {
		requireInScope(this.provinceCode, command.communeCode(), command.by());
		Collaborator collaborator = requireCollaborator(command.collaboratorId());
		requireInService(collaborator, "ending their service");
		serviceCannotEndBeforeItStarts(collaborator.activeFrom(), command.lastDay(), "lastDay");
		apply(new CollaboratorServiceEnded(this.rosterId, this.communeCode, collaborator.id(), command.lastDay(),
				command.reason(), command.by()));
	}

	// Rules

	/**
	 * Another province's roster, or another commune's for a commune-bound user, is
	 * answered as if it did not exist.
	 */
	private static void requireInScope(String provinceCode, String communeCode, Acting by) {
		CommuneOfActing.requireInScope(provinceCode, communeCode, by, "the roster of commune " + communeCode);
	}

	/** Codes are kept for good, so a retired hamlet's code is never given to another. */
	private void hamletCodeMustBeNew(String hamletCode) {
		Boolean active = this.hamletActive.get(hamletCode);
		if (active != null) {
			throw new ConflictException("Hamlet code " + hamletCode + " is already used in commune " + this.communeCode
					+ " by a hamlet that is " + hamletState(active) + "; choose another code.");
		}
	}

	private void requireActiveHamlet(String hamletCode, String action) {
		Boolean active = this.hamletActive.get(hamletCode);
		if (active == null) {
			throw new NotFoundException("No hamlet " + hamletCode + " in commune " + this.communeCode);
		}
		if (!active) {
			throw new ConflictException(
					"Hamlet " + hamletCode + " is RETIRED; " + action + " needs a hamlet that is ACTIVE.");
		}
	}

	private void requireActiveHamlets(String communeCode, List<String> hamletCodes) {
		if (hamletCodes.isEmpty()) {
			throw new DomainRuleViolation("roster.no-hamlet",
					"hamletCodes: a collaborator covers at least one hamlet.");
		}
		for (String code : hamletCodes) {
			Boolean active = this.hamletActive.get(code);
			if (active == null) {
				throw new DomainRuleViolation("roster.unknown-hamlet",
						"hamletCodes: " + code + " is not a hamlet of commune " + communeCode + ".");
			}
			if (!active) {
				throw new ConflictException(
						"Hamlet " + code + " is RETIRED; a collaborator can only cover hamlets that are ACTIVE.");
			}
		}
	}

	private void collaboratorIdMustBeNew(String collaboratorId) {
		if (this.collaborators.containsKey(collaboratorId)) {
			throw new ConflictException("Collaborator " + collaboratorId + " is already on the roster.");
		}
	}

	private Collaborator requireCollaborator(String collaboratorId) {
		Collaborator collaborator = this.collaborators.get(collaboratorId);
		if (collaborator == null) {
			throw new NotFoundException("No collaborator " + collaboratorId + " in commune " + this.communeCode);
		}
		return collaborator;
	}

	private static void requireInService(Collaborator collaborator, String action) {
		if (collaborator.lastDay() != null) {
			throw new ConflictException("The collaborator's service is ENDED (last day " + collaborator.lastDay()
					+ "); " + action + " needs a collaborator who is ACTIVE.");
		}
	}

	private static void serviceCannotEndBeforeItStarts(LocalDate activeFrom, LocalDate lastDay, String field) {
		if (lastDay != null && activeFrom != null && lastDay.isBefore(activeFrom)) {
			throw new DomainRuleViolation("roster.service-period",
					field + ": the service cannot end before it starts (" + activeFrom + ").");
		}
	}

	/** One account is one person: it cannot stand for two collaborators at once. */
	private void userCannotServeTwice(String userId) {
		if (userId == null) {
			return;
		}
		boolean taken = this.collaborators.values()
			.stream()
			.anyMatch((other) -> other.lastDay() == null && userId.equals(other.userId()));
		if (taken) {
			throw new ConflictException(
					"User " + userId + " is already an ACTIVE collaborator of commune " + this.communeCode + ".");
		}
	}

	private static String hamletState(boolean active) {
		return active ? "ACTIVE" : "RETIRED";
	}

	private static List<String> distinct(List<String> codes) {
		return new ArrayList<>(new LinkedHashSet<>(codes));
	}

	// State

	@EventSourcingHandler
	void on(HamletAdded event) {
		this.rosterId = event.rosterId();
		this.provinceCode = event.provinceCode();
		this.communeCode = event.communeCode();
		this.hamletActive.put(event.hamletCode(), true);
	}

	@EventSourcingHandler
	void on(HamletRetired event) {
		this.hamletActive.put(event.hamletCode(), false);
	}

	@EventSourcingHandler
	void on(CollaboratorEnlisted event) {
		this.collaborators.put(event.collaboratorId(), new Collaborator(event.collaboratorId(), event.userId(),
				event.activeFrom(), new LinkedHashSet<>(event.hamletCodes()), null));
	}

	@EventSourcingHandler
	void on(CollaboratorCoverageChanged event) {
		this.collaborators.computeIfPresent(event.collaboratorId(),
				(id, collaborator) -> collaborator.covering(event.hamletCodes()));
	}

	@EventSourcingHandler
	void on(CollaboratorServiceEnded event) {
		this.collaborators.computeIfPresent(event.collaboratorId(),
				(id, collaborator) -> collaborator.endedOn(event.lastDay()));
	}

	/** What the roster's rules need to know of a collaborator. */
	private record Collaborator(String id, String userId, LocalDate activeFrom, Set<String> hamlets,
			LocalDate lastDay) {

		Collaborator covering(List<String> hamletCodes) {
			return new Collaborator(this.id, this.userId, this.activeFrom, new LinkedHashSet<>(hamletCodes),
					this.lastDay);
		}

		Collaborator endedOn(LocalDate day) {
			return new Collaborator(this.id, this.userId, this.activeFrom, this.hamlets, day);
		}

	}

}
