package org.kinbridge.family.capacity;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.kinbridge.family.caregiver.CaregiverSamples.COMMUNE;
import static org.kinbridge.family.caregiver.CaregiverSamples.ID;
import static org.kinbridge.family.caregiver.CaregiverSamples.PROVINCE;
import static org.kinbridge.family.caregiver.CaregiverSamples.chair;
import static org.kinbridge.family.caregiver.CaregiverSamples.eligible;
import static org.kinbridge.family.caregiver.CaregiverSamples.fixture;
import static org.kinbridge.family.caregiver.CaregiverSamples.officer;
import static org.kinbridge.family.caregiver.CaregiverSamples.registered;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.family.capacity.api.CapacityChanged;
import org.kinbridge.family.capacity.api.CapacityCorrected;
import org.kinbridge.family.capacity.api.CapacityReleased;
import org.kinbridge.family.capacity.api.CapacityReserved;
import org.kinbridge.family.capacity.api.ChangeCapacity;
import org.kinbridge.family.capacity.api.PlaceOutcome;
import org.kinbridge.family.capacity.api.PlacementEndNoted;
import org.kinbridge.family.capacity.api.PlacementRefused;
import org.kinbridge.family.capacity.api.RefusalReason;
import org.kinbridge.family.capacity.api.ReleaseCapacity;
import org.kinbridge.family.capacity.api.ReleaseCapacityOfPlacement;
import org.kinbridge.family.capacity.api.ReserveCapacity;
import org.kinbridge.family.capacity.api.ReserveCapacityForPlacement;
import org.kinbridge.family.caregiver.Caregiver;
import org.kinbridge.family.caregiver.CaregiverState;
import org.kinbridge.family.caregiver.CaregiverStatus;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.standing.api.CaregiverRemoved;
import org.kinbridge.family.standing.api.CaregiverSuspended;
import org.kinbridge.family.standing.api.RemovalReason;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;

/**
 * A caregiver's places on 28 November 2026: they follow matching's placement decisions
 * and ends, free capacity is never negative, and a correction by hand keeps its reason.
 */
class CapacityTest {

	private static final String CORRECTION = "Trẻ được giao trước khi dùng KinBridge (QĐ 7/2025).";

	private AggregateTestFixture<Caregiver> fixture;

	@BeforeEach
	void newFixture() {
		this.fixture = fixture();
	}

	// Placements decided and ended in matching

	@Test
	void aDecidedPlacementTakesAFreePlace() {
		this.fixture.given(eligible(2))
			.when(new ReserveCapacityForPlacement(ID, "pl-1", chair()))
			.expectResultMessagePayload(PlaceOutcome.TAKEN)
			.expectEvents(new CapacityReserved(ID, PROVINCE, COMMUNE, "pl-1", 2, 1, chair()));
	}

	@Test
	void aDecidedPlacementWithoutAFreePlaceIsRefusedAndRecordedNotThrown() {
		List<Object> full = eligible(1);
		full.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "pl-1", 1, 1, chair()));
		this.fixture.given(full)
			.when(new ReserveCapacityForPlacement(ID, "pl-2", chair()))
			.expectResultMessagePayload(PlaceOutcome.REFUSED)
			.expectEvents(new PlacementRefused(ID, PROVINCE, COMMUNE, "pl-2", RefusalReason.NO_FREE_CAPACITY,
					"ELIGIBLE", 1, 1, chair()));
	}

	@Test
	void aSuspendedCaregiverRefusesADecidedPlacementAsNotOnTheRegister() {
		List<Object> given = eligible(2);
		given.add(new CaregiverSuspended(ID, PROVINCE, COMMUNE, "Đang xác minh.", "Luật Trẻ em 2016", officer()));
		this.fixture.given(given)
			.when(new ReserveCapacityForPlacement(ID, "pl-1", chair()))
			.expectResultMessagePayload(PlaceOutcome.REFUSED)
			.expectEvents(new PlacementRefused(ID, PROVINCE, COMMUNE, "pl-1", RefusalReason.NOT_ON_REGISTER,
					"SUSPENDED", 2, 0, chair()));
	}

	@Test
	void aRemovedCaregiverRefusesADecidedPlacementAsNotOnTheRegister() {
		List<Object> given = eligible(2);
		given.add(new CaregiverRemoved(ID, PROVINCE, COMMUNE, RemovalReason.MOVED_AWAY, null, "Luật Trẻ em 2016",
				"ELIGIBLE", chair()));
		this.fixture.given(given)
			.when(new ReserveCapacityForPlacement(ID, "pl-1", chair()))
			.expectEvents(new PlacementRefused(ID, PROVINCE, COMMUNE, "pl-1", RefusalReason.NOT_ON_REGISTER, "REMOVED",
					2, 0, chair()));
	}

	@Test
	void aCaregiverNeverFoundEligibleRefusesADecidedPlacementAsNotOnTheRegister() {
		this.fixture.given(registered())
			.when(new ReserveCapacityForPlacement(ID, "pl-1", chair()))
			.expectEvents(new PlacementRefused(ID, PROVINCE, COMMUNE, "pl-1", RefusalReason.NOT_ON_REGISTER,
					"REGISTERED", 2, 0, chair()));
	}

	@Test
	void aRedeliveredDecisionTakesNoSecondPlace() {
		List<Object> given = eligible(2);
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "pl-1", 2, 1, chair()));
		this.fixture.given(given)
			.when(new ReserveCapacityForPlacement(ID, "pl-1", chair()))
			.expectResultMessagePayload(PlaceOutcome.ALREADY_TAKEN)
			.expectNoEvents();
	}

	@Test
	void aRedeliveredRefusedDecisionStaysRefusedEvenWhenAPlaceHasFreedUp() {
		List<Object> given = eligible(1);
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "pl-1", 1, 1, chair()));
		given.add(new PlacementRefused(ID, PROVINCE, COMMUNE, "pl-2", RefusalReason.NO_FREE_CAPACITY, "ELIGIBLE", 1, 1,
				chair()));
		given.add(new CapacityReleased(ID, PROVINCE, COMMUNE, "pl-1", 1, 0, officer()));
		this.fixture.given(given)
			.when(new ReserveCapacityForPlacement(ID, "pl-2", chair()))
			.expectResultMessagePayload(PlaceOutcome.ALREADY_REFUSED)
			.expectNoEvents();
	}

	@Test
	void anEndedPlacementGivesItsPlaceBack() {
		List<Object> given = eligible(1);
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "pl-1", 1, 1, chair()));
		this.fixture.given(given)
			.when(new ReleaseCapacityOfPlacement(ID, "pl-1", officer()))
			.expectResultMessagePayload(PlaceOutcome.RELEASED)
			.expectEvents(new CapacityReleased(ID, PROVINCE, COMMUNE, "pl-1", 1, 0, officer()));
	}

	@Test
	void theEndOfARefusedPlacementGivesNothingBack() {
		List<Object> given = eligible(1);
		given.add(new PlacementRefused(ID, PROVINCE, COMMUNE, "pl-2", RefusalReason.NO_FREE_CAPACITY, "ELIGIBLE", 1, 1,
				chair()));
		this.fixture.given(given)
			.when(new ReleaseCapacityOfPlacement(ID, "pl-2", officer()))
			.expectResultMessagePayload(PlaceOutcome.NOTHING_HELD)
			.expectNoEvents();
	}

	@Test
	void anEndArrivingBeforeItsDecisionIsNotedAndTheLateDecisionTakesNoPlace() {
		this.fixture.given(eligible(1))
			.when(new ReleaseCapacityOfPlacement(ID, "pl-late", officer()))
			.expectResultMessagePayload(PlaceOutcome.END_NOTED)
			.expectEvents(new PlacementEndNoted(ID, PROVINCE, COMMUNE, "pl-late", officer()));

		List<Object> given = eligible(1);
		given.add(new PlacementEndNoted(ID, PROVINCE, COMMUNE, "pl-late", officer()));
		this.fixture.given(given)
			.when(new ReserveCapacityForPlacement(ID, "pl-late", chair()))
			.expectResultMessagePayload(PlaceOutcome.ALREADY_ENDED)
			.expectNoEvents();
	}

	@Test
	void aDecisionRedeliveredAfterItsPlacementEndedTakesNoPlaceAgain() {
		List<Object> given = eligible(1);
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "pl-1", 1, 1, chair()));
		given.add(new CapacityReleased(ID, PROVINCE, COMMUNE, "pl-1", 1, 0, officer()));
		this.fixture.given(given)
			.when(new ReserveCapacityForPlacement(ID, "pl-1", chair()))
			.expectResultMessagePayload(PlaceOutcome.ALREADY_ENDED)
			.expectNoEvents();
	}

	@Test
	void aPlacementOfAnotherProvinceIsNotFound() {
		Acting saigon = new Acting("chair.saigon", "COMMUNE_CHAIR", "79", null, chair().at());
		this.fixture.given(eligible(1))
			.when(new ReserveCapacityForPlacement(ID, "pl-1", saigon))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
	}

	// Corrections by hand

	@Test
	void aPlaceTakenByHandKeepsItsReason() {
		Acting province = province();
		this.fixture.given(eligible(2))
			.when(new ReserveCapacity(ID, "legacy-1", CORRECTION, province))
			.expectResultMessagePayload(new CaregiverStatus(ID, CaregiverState.ELIGIBLE, 2, 1, 1))
			.expectEvents(new CapacityCorrected(ID, PROVINCE, COMMUNE, "legacy-1", true, CORRECTION, province),
					new CapacityReserved(ID, PROVINCE, COMMUNE, "legacy-1", 2, 1, province));
	}

	@Test
	void rejectsPlacementWhenFamilyHasNoFreeCapacity() {
		List<Object> full = eligible(1);
		full.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "pl-1", 1, 1, chair()));
		this.fixture.given(full)
			.when(new ReserveCapacity(ID, "legacy-2", CORRECTION, province()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("no free place"))
			.expectNoEvents();
	}

	@Test
	void takingTheSamePlaceByHandAgainTakesNoSecondPlace() {
		List<Object> given = eligible(2);
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "legacy-1", 2, 1, province()));
		this.fixture.given(given)
			.when(new ReserveCapacity(ID, "legacy-1", CORRECTION, province()))
			.expectResultMessagePayload(new CaregiverStatus(ID, CaregiverState.ELIGIBLE, 2, 1, 1))
			.expectNoEvents();
	}

	@Test
	void aPlaceGivenBackByHandKeepsItsReasonAndIsFreeAgain() {
		List<Object> given = eligible(1);
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "pl-1", 1, 1, chair()));
		this.fixture.given(given)
			.when(new ReleaseCapacity(ID, "pl-1", "Sự kiện kết thúc bị lỗi.", province()))
			.expectResultMessagePayload(new CaregiverStatus(ID, CaregiverState.ELIGIBLE, 1, 0, 1))
			.expectEvents(
					new CapacityCorrected(ID, PROVINCE, COMMUNE, "pl-1", false, "Sự kiện kết thúc bị lỗi.", province()),
					new CapacityReleased(ID, PROVINCE, COMMUNE, "pl-1", 1, 0, province()));
	}

	@Test
	void givingBackByHandAPlaceThatIsNotHeldChangesNothing() {
		this.fixture.given(eligible(1))
			.when(new ReleaseCapacity(ID, "pl-9", CORRECTION, province()))
			.expectResultMessagePayload(new CaregiverStatus(ID, CaregiverState.ELIGIBLE, 1, 0, 1))
			.expectNoEvents();
	}

	@Test
	void aSuspendedCaregiverTakesNoPlaceByHandButCanGiveOneBack() {
		List<Object> given = eligible(2);
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "pl-1", 2, 1, chair()));
		given.add(new CaregiverSuspended(ID, PROVINCE, COMMUNE, "Đang xác minh.", "Luật Trẻ em 2016", officer()));
		this.fixture.given(given)
			.when(new ReserveCapacity(ID, "legacy-2", CORRECTION, province()))
			.expectException(ConflictException.class)
			.expectExceptionMessage(allOf(containsString("SUSPENDED"), containsString("ELIGIBLE")))
			.expectNoEvents();
		this.fixture.given(given)
			.when(new ReleaseCapacityOfPlacement(ID, "pl-1", officer()))
			.expectEvents(new CapacityReleased(ID, PROVINCE, COMMUNE, "pl-1", 2, 0, officer()));
	}

	@Test
	void aCaregiverNotYetEligibleTakesNoPlaceByHand() {
		this.fixture.given(registered())
			.when(new ReserveCapacity(ID, "legacy-1", CORRECTION, province()))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("REGISTERED"))
			.expectNoEvents();
	}

	// Capacity

	@Test
	void theCapacityChangesButNeverBelowThePlacesTaken() {
		List<Object> given = eligible(3);
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "pl-1", 3, 1, chair()));
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "pl-2", 3, 2, chair()));
		this.fixture.given(given)
			.when(new ChangeCapacity(ID, 1, "Bà ngoại ốm.", officer()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("2 children are placed"))
			.expectNoEvents();
		this.fixture.given(given)
			.when(new ChangeCapacity(ID, 2, "Bà ngoại ốm.", officer()))
			.expectResultMessagePayload(new CaregiverStatus(ID, CaregiverState.ELIGIBLE, 2, 2, 0))
			.expectEvents(new CapacityChanged(ID, PROVINCE, COMMUNE, 2, 2, "Bà ngoại ốm.", officer()));
	}

	private static Acting province() {
		return new Acting("province.angiang", "PROVINCE_OFFICER", PROVINCE, null, chair().at());
	}

}
