package org.kinbridge.family.capacity;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.kinbridge.family.caregiver.CaregiverSamples.COMMUNE;
import static org.kinbridge.family.caregiver.CaregiverSamples.ID;
import static org.kinbridge.family.caregiver.CaregiverSamples.PROVINCE;
import static org.kinbridge.family.caregiver.CaregiverSamples.eligible;
import static org.kinbridge.family.caregiver.CaregiverSamples.fixture;
import static org.kinbridge.family.caregiver.CaregiverSamples.officer;
import static org.kinbridge.family.caregiver.CaregiverSamples.registered;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.family.capacity.api.CapacityChanged;
import org.kinbridge.family.capacity.api.CapacityReleased;
import org.kinbridge.family.capacity.api.CapacityReserved;
import org.kinbridge.family.capacity.api.ChangeCapacity;
import org.kinbridge.family.capacity.api.ReleaseCapacity;
import org.kinbridge.family.capacity.api.ReserveCapacity;
import org.kinbridge.family.caregiver.Caregiver;
import org.kinbridge.family.caregiver.CaregiverState;
import org.kinbridge.family.caregiver.CaregiverStatus;
import org.kinbridge.family.standing.api.CaregiverSuspended;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;

/** A caregiver's places: free capacity is never negative. */
class CapacityTest {

	private AggregateTestFixture<Caregiver> fixture;

	@BeforeEach
	void newFixture() {
		this.fixture = fixture();
	}

	@Test
	void aPlacementTakesAFreePlace() {
		this.fixture.given(eligible(2))
			.when(new ReserveCapacity(ID, "placement-1", officer()))
			.expectResultMessagePayload(new CaregiverStatus(ID, CaregiverState.ELIGIBLE, 2, 1, 1))
			.expectEvents(new CapacityReserved(ID, PROVINCE, COMMUNE, "placement-1", 2, 1, officer()));
	}

	@Test
	void rejectsPlacementWhenFamilyHasNoFreeCapacity() {
		List<Object> full = eligible(1);
		full.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "placement-1", 1, 1, officer()));
		this.fixture.given(full)
			.when(new ReserveCapacity(ID, "placement-2", officer()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("no free place"))
			.expectNoEvents();
	}

	@Test
	void reservingTheSamePlacementAgainTakesNoSecondPlace() {
		List<Object> given = eligible(2);
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "placement-1", 2, 1, officer()));
		this.fixture.given(given)
			.when(new ReserveCapacity(ID, "placement-1", officer()))
			.expectResultMessagePayload(new CaregiverStatus(ID, CaregiverState.ELIGIBLE, 2, 1, 1))
			.expectNoEvents();
	}

	@Test
	void aReleasedPlaceIsFreeAgain() {
		List<Object> given = eligible(1);
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "placement-1", 1, 1, officer()));
		this.fixture.given(given)
			.when(new ReleaseCapacity(ID, "placement-1", officer()))
			.expectResultMessagePayload(new CaregiverStatus(ID, CaregiverState.ELIGIBLE, 1, 0, 1))
			.expectEvents(new CapacityReleased(ID, PROVINCE, COMMUNE, "placement-1", 1, 0, officer()));
	}

	@Test
	void releasingAPlacementThatHoldsNoPlaceChangesNothing() {
		this.fixture.given(eligible(1))
			.when(new ReleaseCapacity(ID, "placement-9", officer()))
			.expectResultMessagePayload(new CaregiverStatus(ID, CaregiverState.ELIGIBLE, 1, 0, 1))
			.expectNoEvents();
	}

	@Test
	void aSuspendedCaregiverTakesNoNewChildButCanGiveAPlaceBack() {
		List<Object> given = eligible(2);
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "placement-1", 2, 1, officer()));
		given.add(new CaregiverSuspended(ID, PROVINCE, COMMUNE, "Đang xác minh.", "Luật Trẻ em 2016", officer()));
		this.fixture.given(given)
			.when(new ReserveCapacity(ID, "placement-2", officer()))
			.expectException(ConflictException.class)
			.expectExceptionMessage(allOf(containsString("SUSPENDED"), containsString("ELIGIBLE")))
			.expectNoEvents();
		this.fixture.given(given)
			.when(new ReleaseCapacity(ID, "placement-1", officer()))
			.expectEvents(new CapacityReleased(ID, PROVINCE, COMMUNE, "placement-1", 2, 0, officer()));
	}

	@Test
	void aCaregiverNotYetEligibleTakesNoChild() {
		this.fixture.given(registered())
			.when(new ReserveCapacity(ID, "placement-1", officer()))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("REGISTERED"))
			.expectNoEvents();
	}

	@Test
	void theCapacityChangesButNeverBelowThePlacesTaken() {
		List<Object> given = eligible(3);
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "placement-1", 3, 1, officer()));
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "placement-2", 3, 2, officer()));
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

}
