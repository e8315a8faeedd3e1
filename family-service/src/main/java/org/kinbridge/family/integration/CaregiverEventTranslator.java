package org.kinbridge.family.integration;

import java.util.Optional;

import org.axonframework.eventhandling.EventMessage;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.contracts.family.CaregiverCapacityChangedV1;
import org.kinbridge.contracts.family.CaregiverFoundIneligibleV1;
import org.kinbridge.contracts.family.CaregiverRegisteredV1;
import org.kinbridge.contracts.family.CaregiverReinstatedV1;
import org.kinbridge.contracts.family.CaregiverRemovedV1;
import org.kinbridge.contracts.family.CaregiverSuspendedV1;
import org.kinbridge.contracts.family.PlacementRefusedV1;
import org.kinbridge.contracts.family.RegistrationWithdrawnV1;
import org.kinbridge.contracts.family.VettingCheckRecordedV1;
import org.kinbridge.family.capacity.api.CapacityChanged;
import org.kinbridge.family.capacity.api.CapacityReleased;
import org.kinbridge.family.capacity.api.CapacityReserved;
import org.kinbridge.family.capacity.api.PlacementRefused;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.decision.api.CaregiverFoundEligible;
import org.kinbridge.family.decision.api.CaregiverFoundIneligible;
import org.kinbridge.family.decision.api.MatchingProfile;
import org.kinbridge.family.decision.api.RegistrationWithdrawn;
import org.kinbridge.family.integration.CaregiverHomes.Home;
import org.kinbridge.family.registration.api.CareType;
import org.kinbridge.family.registration.api.CaregiverRegistered;
import org.kinbridge.family.registration.api.Preferences;
import org.kinbridge.family.registration.api.Sex;
import org.kinbridge.family.standing.api.CaregiverReinstated;
import org.kinbridge.family.standing.api.CaregiverRemoved;
import org.kinbridge.family.standing.api.CaregiverSuspended;
import org.kinbridge.family.vetting.api.Evidence;
import org.kinbridge.family.vetting.api.VettingCheckRecorded;
import org.kinbridge.platform.kafka.IntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventTranslator;

import org.springframework.stereotype.Component;

/**
 * Maps caregiver events to their public contracts. What matching does not need stays
 * inside: identity numbers, contact, the household, health and judicial evidence, and the
 * reasons for suspensions and removals, which may be sensitive. Vetting checks,
 * ineligibility and withdrawal are published for the caregiver's history: the check and
 * its outcome with the evidence's filing reference, the decision with its reason and
 * legal basis, never the documents or who in the household they are about by name.
 * Counselling sessions and household changes have no public form. A decided placement
 * that finds no place is published as refused, so that matching ends it.
 */
@Component
public class CaregiverEventTranslator implements IntegrationEventTranslator {

	private final CaregiverHomes homes;

	CaregiverEventTranslator(CaregiverHomes homes) {
		this.homes = homes;
	}

	@Override
	public Optional<IntegrationEvent> translate(EventMessage<?> event) {
		Object payload = event.getPayload();
		if (payload instanceof CaregiverRegistered registered) {
			return publish(CaregiverRegisteredV1.TYPE, registered.caregiverId(), registered.provinceCode(),
					registered(registered));
		}
		if (payload instanceof CaregiverFoundEligible eligible) {
			return publish(CaregiverApprovedV1.TYPE, eligible.caregiverId(), eligible.provinceCode(),
					approved(eligible));
		}
		if (payload instanceof CapacityReserved reserved) {
			return publish(CaregiverCapacityChangedV1.TYPE, reserved.caregiverId(), reserved.provinceCode(),
					new CaregiverCapacityChangedV1(reserved.caregiverId(), reserved.provinceCode(),
							reserved.communeCode(), reserved.capacity(), reserved.placed(),
							reserved.capacity() - reserved.placed(), "PLACE_TAKEN", reserved.placementRef(),
							reserved.by().at(), actor(reserved.by())));
		}
		if (payload instanceof CapacityReleased released) {
			return publish(CaregiverCapacityChangedV1.TYPE, released.caregiverId(), released.provinceCode(),
					new CaregiverCapacityChangedV1(released.caregiverId(), released.provinceCode(),
							released.communeCode(), released.capacity(), released.placed(),
							released.capacity() - released.placed(), "PLACE_RELEASED", released.placementRef(),
							released.by().at(), actor(released.by())));
		}
		if (payload instanceof PlacementRefused refused) {
			return publish(PlacementRefusedV1.TYPE, refused.caregiverId(), refused.provinceCode(),
					new PlacementRefusedV1(refused.caregiverId(), refused.provinceCode(), refused.communeCode(),
							refused.placementId(), refused.reason().name(), refused.by().at(), actor(refused.by())));
		}
		if (payload instanceof CapacityChanged changed) {
			return publish(CaregiverCapacityChangedV1.TYPE, changed.caregiverId(), changed.provinceCode(),
					new CaregiverCapacityChangedV1(changed.caregiverId(), changed.provinceCode(), changed.communeCode(),
							changed.capacity(), changed.placed(), changed.capacity() - changed.placed(),
							"CAPACITY_CHANGED", null, changed.by().at(), actor(changed.by())));
		}
		if (payload instanceof CaregiverSuspended suspended) {
			return publish(CaregiverSuspendedV1.TYPE, suspended.caregiverId(), suspended.provinceCode(),
					new CaregiverSuspendedV1(suspended.caregiverId(), suspended.provinceCode(), suspended.communeCode(),
							suspended.by().at(), actor(suspended.by())));
		}
		if (payload instanceof CaregiverReinstated reinstated) {
			return publish(CaregiverReinstatedV1.TYPE, reinstated.caregiverId(), reinstated.provinceCode(),
					new CaregiverReinstatedV1(reinstated.caregiverId(), reinstated.provinceCode(),
							reinstated.communeCode(), reinstated.by().at(), actor(reinstated.by())));
		}
		if (payload instanceof VettingCheckRecorded check) {
			Home home = this.homes.of(check.caregiverId());
			return publish(VettingCheckRecordedV1.TYPE, check.caregiverId(), home.provinceCode(), checked(check, home));
		}
		if (payload instanceof CaregiverFoundIneligible ineligible) {
			Home home = this.homes.of(ineligible.caregiverId());
			return publish(CaregiverFoundIneligibleV1.TYPE, ineligible.caregiverId(), home.provinceCode(),
					new CaregiverFoundIneligibleV1(ineligible.caregiverId(), home.provinceCode(), home.communeCode(),
							textOrNull(ineligible.decisionNumber()), textOrNull(ineligible.reason()),
							ineligible.legalBasis(), ineligible.by().at(), actor(ineligible.by())));
		}
		if (payload instanceof RegistrationWithdrawn withdrawn) {
			Home home = this.homes.of(withdrawn.caregiverId());
			return publish(RegistrationWithdrawnV1.TYPE, withdrawn.caregiverId(), home.provinceCode(),
					new RegistrationWithdrawnV1(withdrawn.caregiverId(), home.provinceCode(), home.communeCode(),
							withdrawn.reason(), withdrawn.by().at(), actor(withdrawn.by())));
		}
		if (payload instanceof CaregiverRemoved removed) {
			return publish(CaregiverRemovedV1.TYPE, removed.caregiverId(), removed.provinceCode(),
					new CaregiverRemovedV1(removed.caregiverId(), removed.provinceCode(), removed.communeCode(),
							removed.by().at(), actor(removed.by())));
		}
		return Optional.empty();
	}

	private static Optional<IntegrationEvent> publish(String type, String caregiverId, String provinceCode,
			Object data) {
		return Optional.of(new IntegrationEvent(type, caregiverId, provinceCode, data));
	}

	private static CaregiverRegisteredV1 registered(CaregiverRegistered registered) {
		return new CaregiverRegisteredV1(registered.caregiverId(), registered.provinceCode(), registered.communeCode(),
				new CaregiverRegisteredV1.Applicant(registered.applicant().fullName(),
						registered.applicant().dateOfBirth(), registered.applicant().sex().name()),
				registered.careTypes().stream().map(CareType::name).toList(), registered.capacity(),
				registered.languages(), registered.ethnicity(), registered.religion(), registered.by().at(),
				actor(registered.by()));
	}

	private static CaregiverApprovedV1 approved(CaregiverFoundEligible eligible) {
		MatchingProfile profile = eligible.profile();
		Preferences preferences = profile.preferences();
		return new CaregiverApprovedV1(eligible.caregiverId(), eligible.provinceCode(), eligible.communeCode(),
				profile.careTypes().stream().map(CareType::name).toList(), profile.kinCaseId(), profile.capacity(),
				profile.capacity() - profile.placed(),
				new CaregiverApprovedV1.Preferences(preferences.minAge(), preferences.maxAge(),
						preferences.sexes().stream().map(Sex::name).toList(), preferences.siblingGroups(),
						preferences.needs()),
				profile.languages(), profile.ethnicity(), profile.religion(), profile.applicantSex().name(),
				profile.applicantDateOfBirth(), profile.householdSize(), eligible.by().at(), actor(eligible.by()));
	}

	/**
	 * A foreigner's residence dates are left out: the check's outcome is what the history
	 * needs, and the dates would single the person out.
	 */
	private static VettingCheckRecordedV1 checked(VettingCheckRecorded check, Home home) {
		Evidence evidence = check.evidence();
		return new VettingCheckRecordedV1(check.caregiverId(), home.provinceCode(), home.communeCode(),
				check.kind().name(), check.subject(), check.outcome().name(), textOrNull(check.note()),
				check.expiresOn(),
				new VettingCheckRecordedV1.Inputs((evidence != null) ? textOrNull(evidence.reference()) : null,
						(evidence != null) ? evidence.issuedOn() : null,
						(evidence != null) ? evidence.validUntil() : null),
				check.by().at(), actor(check.by()));
	}

	private static String textOrNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static ActorRef actor(Acting by) {
		return new ActorRef(by.userId(), by.role());
	}

}
