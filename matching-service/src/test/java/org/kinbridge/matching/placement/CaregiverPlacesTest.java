package org.kinbridge.matching.placement;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.kinbridge.matching.placement.PlacementScenarios.CAREGIVER_ID;
import static org.kinbridge.matching.placement.PlacementScenarios.PROPOSED;
import static org.kinbridge.matching.placement.PlacementScenarios.familyService;
import static org.kinbridge.matching.placement.PlacementScenarios.officer;
import static org.kinbridge.matching.placement.PlacementScenarios.officerOfAnotherProvince;
import static org.kinbridge.matching.placement.PlacementScenarios.placesFixture;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
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
 * A caregiver's places: held by proposals up to the capacity, taken by decisions,
 * released when proposals close or placements end, and never handed out to a caregiver
 * who is not eligible.
 */
class CaregiverPlacesTest {

	private static final Instant LAPSES = PROPOSED.plus(Duration.ofMinutes(15));

	private final AggregateTestFixture<CaregiverPlaces> fixture = placesFixture();

	@Test
	void holdsTheFirstPlaceOfACaregiverAndWaitsForTheProposal() {
		this.fixture.givenNoPriorActivity()
			.when(hold("pl-1", 2))
			.expectEvents(held("pl-1", 2, 0, 0))
			.expectScheduledDeadline(LAPSES, new TimeLimitReached("pl-1", LAPSES));
	}

	@Test
	void theSecondProposalCannotTakeTheLastPlace() {
		this.fixture.given(held("pl-1", 1, 0, 0))
			.when(hold("pl-2", 1))
			.expectException(ConflictException.class)
			.expectExceptionMessage(
					allOf(containsString("has no free place"), containsString("capacity 1"), containsString("pl-1")))
			.expectNoEvents();
	}

	@Test
	void aPlaceTakenByADecidedPlacementCountsToo() {
		this.fixture.given(held("pl-1", 2, 0, 0), taken("pl-1"), held("pl-2", 2, 0, 1))
			.when(hold("pl-3", 2))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("taken by placements [pl-1]"));
	}

	@Test
	void aReleasedPlaceCanBeHeldAgain() {
		this.fixture.given(held("pl-1", 1, 0, 0), released("pl-1", false))
			.when(hold("pl-2", 1))
			.expectEvents(held("pl-2", 1, 0, 0));
	}

	@Test
	void holdingTwiceForOneProposalHoldsOnce() {
		this.fixture.given(held("pl-1", 1, 0, 0)).when(hold("pl-1", 1)).expectNoEvents();
	}

	@Test
	void aSuspendedCaregiverGetsNoNewHold() {
		this.fixture
			.given(new CaregiverStandingChanged(CAREGIVER_ID, "91", Standing.SUSPENDED, Standing.ELIGIBLE,
					familyService(PROPOSED)))
			.when(hold("pl-1", 2))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("is SUSPENDED"));
	}

	@Test
	void aReinstatedCaregiverCanBeProposedAgain() {
		this.fixture
			.given(new CaregiverStandingChanged(CAREGIVER_ID, "91", Standing.SUSPENDED, Standing.ELIGIBLE,
					familyService(PROPOSED)),
					new CaregiverStandingChanged(CAREGIVER_ID, "91", Standing.ELIGIBLE, Standing.SUSPENDED,
							familyService(PROPOSED)))
			.when(hold("pl-1", 2))
			.expectEvents(held("pl-1", 2, 0, 0));
	}

	@Test
	void aStandingIsRecordedForACaregiverMatchingNeverHeldAPlaceOf() {
		this.fixture.givenNoPriorActivity()
			.when(new RecordCaregiverStanding(CAREGIVER_ID, "91", Standing.REMOVED, familyService(PROPOSED)))
			.expectEvents(new CaregiverStandingChanged(CAREGIVER_ID, "91", Standing.REMOVED, Standing.ELIGIBLE,
					familyService(PROPOSED)));
	}

	@Test
	void theSameStandingTwiceIsRecordedOnce() {
		this.fixture
			.given(new CaregiverStandingChanged(CAREGIVER_ID, "91", Standing.SUSPENDED, Standing.ELIGIBLE,
					familyService(PROPOSED)))
			.when(new RecordCaregiverStanding(CAREGIVER_ID, "91", Standing.SUSPENDED, familyService(PROPOSED)))
			.expectNoEvents();
	}

	@Test
	void anotherProvinceCannotHoldThePlaceOfThisProvincesCaregiver() {
		this.fixture.given(held("pl-1", 2, 0, 0))
			.when(new HoldPlace(CAREGIVER_ID, "79", "pl-2", "need-2", 2, officerOfAnotherProvince(PROPOSED)))
			.expectException(OutOfTenantScopeException.class);
	}

	@Test
	void aHoldWhoseProposalWasNeverMadeLapses() {
		this.fixture.givenCurrentTime(PROPOSED)
			.andGivenCommands(hold("pl-1", 1))
			.whenTimeAdvancesTo(LAPSES)
			.expectTriggeredDeadlinesWithName(CaregiverPlaces.HOLD_CONFIRMATION_DEADLINE)
			.expectEvents(new HoldLapsed(CAREGIVER_ID, "pl-1", LAPSES));
	}

	@Test
	void aConfirmedHoldDoesNotLapse() {
		this.fixture.givenCurrentTime(PROPOSED)
			.andGivenCommands(hold("pl-1", 1), new ConfirmHold(CAREGIVER_ID, "pl-1"))
			.whenTimeAdvancesTo(LAPSES)
			.expectNoEvents();
	}

	@Test
	void confirmingTwiceConfirmsOnce() {
		this.fixture.given(held("pl-1", 1, 0, 0))
			.when(new ConfirmHold(CAREGIVER_ID, "pl-1"))
			.expectEvents(new HoldConfirmed(CAREGIVER_ID, "pl-1"));
		placesFixture().given(held("pl-1", 1, 0, 0), new HoldConfirmed(CAREGIVER_ID, "pl-1"))
			.when(new ConfirmHold(CAREGIVER_ID, "pl-1"))
			.expectNoEvents();
	}

	@Test
	void theDecisionTakesTheHeldPlaceOnce() {
		this.fixture.given(held("pl-1", 1, 0, 0))
			.when(new TakePlace(CAREGIVER_ID, "pl-1", officer(PROPOSED)))
			.expectEvents(taken("pl-1"));
		placesFixture().given(held("pl-1", 1, 0, 0), taken("pl-1"))
			.when(new TakePlace(CAREGIVER_ID, "pl-1", officer(PROPOSED)))
			.expectNoEvents();
	}

	@Test
	void anEndedPlacementReleasesItsTakenPlace() {
		this.fixture.given(held("pl-1", 1, 0, 0), taken("pl-1"))
			.when(new ReleasePlace(CAREGIVER_ID, "pl-1", "The placement ended: ADOPTED.", officer(PROPOSED)))
			.expectEvents(
					new PlaceReleased(CAREGIVER_ID, "pl-1", true, "The placement ended: ADOPTED.", officer(PROPOSED)));
	}

	@Test
	void releasingAPlaceNotHeldChangesNothing() {
		this.fixture.given(held("pl-1", 1, 0, 0), released("pl-1", false))
			.when(new ReleasePlace(CAREGIVER_ID, "pl-1", "again", officer(PROPOSED)))
			.expectNoEvents();
	}

	private static HoldPlace hold(String placementId, int capacity) {
		return new HoldPlace(CAREGIVER_ID, "91", placementId, "need-" + placementId, capacity, officer(PROPOSED));
	}

	private static PlaceHeld held(String placementId, int capacity, int heldBefore, int takenBefore) {
		return new PlaceHeld(CAREGIVER_ID, "91", placementId, "need-" + placementId, capacity, heldBefore, takenBefore,
				officer(PROPOSED));
	}

	private static PlaceTaken taken(String placementId) {
		return new PlaceTaken(CAREGIVER_ID, placementId, true, officer(PROPOSED));
	}

	private static PlaceReleased released(String placementId, boolean wasTaken) {
		return new PlaceReleased(CAREGIVER_ID, placementId, wasTaken, "closed", officer(PROPOSED));
	}

}
