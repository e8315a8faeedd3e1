package org.kinbridge.matching.placement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.kinbridge.matching.placement.api.CaregiverStandingChanged;
import org.kinbridge.matching.placement.api.ConfirmHold;
import org.kinbridge.matching.placement.api.HoldConfirmed;
import org.kinbridge.matching.placement.api.HoldLapsed;
import org.kinbridge.matching.placement.api.HoldPlace;
import org.kinbridge.matching.placement.api.PlaceHeld;
import org.kinbridge.matching.placement.api.PlaceReleased;
import org.kinbridge.matching.placement.api.PlaceTaken;
import org.kinbridge.matching.placement.api.RecordCaregiverStanding;
import org.kinbridge.matching.placement.api.ReleasePlace;
import org.kinbridge.matching.placement.api.Standing;
import org.kinbridge.matching.placement.api.TakePlace;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;

/**
 * The places of one caregiver as matching hands them out: held by open proposals, taken
 * by decided placements. Every proposal holds a place here first; commands to one
 * caregiver are handled one at a time and the event store refuses a second append of the
 * same version, so two proposals can never both take the last free place.
 * <p>
 * Capacity comes from matching's view of the caregiver when a place is held;
 * family-service has the last word when the placement is decided and refuses a place it
 * does not have.
 */
@Aggregate
public class CaregiverPlaces {

	public static final String HOLD_CONFIRMATION_DEADLINE = "caregiver-hold-confirmation";

	@AggregateIdentifier
	private String caregiverId;

	private String provinceCode;

	private Standing standing = Standing.ELIGIBLE;

	/** Placement ids with a held place, and whether their proposal was made. */
	private final Map<String, Boolean> held = new LinkedHashMap<>();

	private final Set<String> taken = new LinkedHashSet<>();

	protected CaregiverPlaces() {
		// for Axon
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	String handle(HoldPlace command, PlacementRules rules, DeadlineManager deadlines) {
		requireSameProvince(command.provinceCode(), command.caregiverId());
		if (this.held.containsKey(command.placementId()) || this.taken.contains(command.placementId())) {
			return command.placementId();
		}
		caregiverMustBeEligible();
		thereMustBeAFreePlace(command.capacity());
		apply(new PlaceHeld(command.caregiverId(), command.provinceCode(), command.placementId(), command.needId(),
				command.capacity(), this.held.size(), this.taken.size(), command.by()));
		Instant lapsesAt = command.by().at().plus(rules.holdConfirmation());
		deadlines.schedule(lapsesAt, HOLD_CONFIRMATION_DEADLINE, new TimeLimitReached(command.placementId(), lapsesAt));
		return command.placementId();
	}

	private void caregiverMustBeEligible() {
		if (this.standing != Standing.ELIGIBLE) {
			throw new ConflictException("Caregiver " + this.caregiverId + " is " + this.standing
					+ " on the commune register, so no place can be held for a new proposal.");
		}
	}

	private void thereMustBeAFreePlace(int capacity) {
		if (this.held.size() + this.taken.size() >= capacity) {
			throw new ConflictException("Caregiver " + this.caregiverId + " has no free place: capacity " + capacity
					+ ", held by proposals " + this.held.keySet() + ", taken by placements " + this.taken
					+ ". Close one of them or propose another caregiver.");
		}
	}

	@CommandHandler
	void handle(ConfirmHold command) {
		if (Boolean.FALSE.equals(this.held.get(command.placementId()))) {
			apply(new HoldConfirmed(this.caregiverId, command.placementId()));
		}
	}

	/** A proposal that was never made gives its place back. */
	@DeadlineHandler(deadlineName = HOLD_CONFIRMATION_DEADLINE)
	void holdConfirmationTimeReached(TimeLimitReached reached) {
		if (Boolean.FALSE.equals(this.held.get(reached.id()))) {
			apply(new HoldLapsed(this.caregiverId, reached.id(), reached.dueAt()));
		}
	}

	@CommandHandler
	void handle(TakePlace command) {
		if (this.taken.contains(command.placementId())) {
			return;
		}
		// Taken even without a hold, so that the count stays true; family-service refuses
		// a place it does not have.
		apply(new PlaceTaken(this.caregiverId, command.placementId(), this.held.containsKey(command.placementId()),
				command.by()));
	}

	@CommandHandler
	void handle(ReleasePlace command) {
		boolean wasTaken = this.taken.contains(command.placementId());
		if (wasTaken || this.held.containsKey(command.placementId())) {
			apply(new PlaceReleased(this.caregiverId, command.placementId(), wasTaken, command.reason(), command.by()));
		}
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	void handle(RecordCaregiverStanding command) {
		requireSameProvince(command.provinceCode(), command.caregiverId());
		if (command.standing() != this.standing || this.caregiverId == null) {
			apply(new CaregiverStandingChanged(command.caregiverId(), command.provinceCode(), command.standing(),
					this.standing, command.by()));
		}
	}

	/** A caregiver belongs to one province for good; another province's id is refused. */
	private void requireSameProvince(String provinceCode, String caregiverId) {
		if (this.provinceCode != null && !this.provinceCode.equals(provinceCode)) {
			throw new OutOfTenantScopeException(
					"caregiver " + caregiverId + " is of province " + this.provinceCode + ", not " + provinceCode);
		}
	}

	// State

	@EventSourcingHandler
	void on(PlaceHeld event) {
		this.caregiverId = event.caregiverId();
		this.provinceCode = event.provinceCode();
		this.held.put(event.placementId(), false);
	}

	@EventSourcingHandler
	void on(HoldConfirmed event) {
		this.held.replace(event.placementId(), true);
	}

	@EventSourcingHandler
	void on(HoldLapsed event) {
		this.held.remove(event.placementId());
	}

	@EventSourcingHandler
	void on(PlaceTaken event) {
		this.held.remove(event.placementId());
		this.taken.add(event.placementId());
	}

	@EventSourcingHandler
	void on(PlaceReleased event) {
		this.held.remove(event.placementId());
		this.taken.remove(event.placementId());
	}

	@EventSourcingHandler
	void on(CaregiverStandingChanged event) {
		this.caregiverId = event.caregiverId();
		this.provinceCode = event.provinceCode();
		this.standing = event.standing();
	}

}
