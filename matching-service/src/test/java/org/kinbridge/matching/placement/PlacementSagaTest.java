package org.kinbridge.matching.placement;

import static org.kinbridge.matching.placement.PlacementScenarios.CAREGIVER_ID;
import static org.kinbridge.matching.placement.PlacementScenarios.CONSENTED;
import static org.kinbridge.matching.placement.PlacementScenarios.DECIDED;
import static org.kinbridge.matching.placement.PlacementScenarios.PLACEMENT_ID;
import static org.kinbridge.matching.placement.PlacementScenarios.PROPOSED;
import static org.kinbridge.matching.placement.PlacementScenarios.REF;
import static org.kinbridge.matching.placement.PlacementScenarios.TEN_YEARS_OLD;
import static org.kinbridge.matching.placement.PlacementScenarios.consented;
import static org.kinbridge.matching.placement.PlacementScenarios.decided;
import static org.kinbridge.matching.placement.PlacementScenarios.familyService;
import static org.kinbridge.matching.placement.PlacementScenarios.officer;
import static org.kinbridge.matching.placement.PlacementScenarios.proposed;

import java.time.Instant;

import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.matching.placement.api.AlternativeCareNeedEnded;
import org.kinbridge.matching.placement.api.CaregiverStandingChanged;
import org.kinbridge.matching.placement.api.ConfirmHold;
import org.kinbridge.matching.placement.api.EndReason;
import org.kinbridge.matching.placement.api.OutsideChange;
import org.kinbridge.matching.placement.api.PlacementEnded;
import org.kinbridge.matching.placement.api.ProposalClosed;
import org.kinbridge.matching.placement.api.ProposalOutcome;
import org.kinbridge.matching.placement.api.ReleasePlace;
import org.kinbridge.matching.placement.api.RespondToOutsideChange;
import org.kinbridge.matching.placement.api.Standing;
import org.kinbridge.matching.placement.api.TakePlace;

/**
 * The saga of one proposal: it confirms the held place, takes it on the decision, gives
 * it back when the proposal closes or the placement ends, and stops the placement when
 * its caregiver or its need goes away.
 */
class PlacementSagaTest {

	private SagaTestFixture<PlacementSaga> fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new SagaTestFixture<>(PlacementSaga.class);
		this.fixture.setCallbackBehavior((command, metaData) -> PlacementState.PROPOSAL_CLOSED);
		this.fixture.givenCurrentTime(PROPOSED);
	}

	@Test
	void aProposalStartsTheSagaAndConfirmsItsHeldPlace() {
		this.fixture.givenNoPriorActivity()
			.whenPublishingA(proposed(TEN_YEARS_OLD))
			.expectActiveSagas(1)
			.expectAssociationWith("caregiverId", CAREGIVER_ID)
			.expectAssociationWith("needId", "need-1")
			.expectDispatchedCommands(new ConfirmHold(CAREGIVER_ID, PLACEMENT_ID));
	}

	@Test
	void theDecisionTakesThePlace() {
		this.fixture.givenAPublished(proposed(TEN_YEARS_OLD))
			.andThenAPublished(consented())
			.whenPublishingA(decided())
			.expectDispatchedCommands(new TakePlace(CAREGIVER_ID, PLACEMENT_ID, decided().by()))
			.expectActiveSagas(1);
	}

	@Test
	void aDeclinedProposalReleasesThePlaceAndEndsTheSaga() {
		ProposalClosed declined = new ProposalClosed(REF, ProposalOutcome.CAREGIVER_DECLINED, "MATCH_PROPOSED",
				"In hospital.", officer(CONSENTED));
		this.fixture.givenAPublished(proposed(TEN_YEARS_OLD))
			.whenPublishingA(declined)
			.expectDispatchedCommands(new ReleasePlace(CAREGIVER_ID, PLACEMENT_ID,
					"The proposal closed: CAREGIVER_DECLINED.", officer(CONSENTED)))
			.expectActiveSagas(0);
	}

	@Test
	void aWithdrawnProposalReleasesThePlaceToo() {
		ProposalClosed withdrawn = new ProposalClosed(REF, ProposalOutcome.WITHDRAWN, "CAREGIVER_CONFIRMED",
				"Wrong caregiver.", officer(CONSENTED));
		this.fixture.givenAPublished(proposed(TEN_YEARS_OLD))
			.andThenAPublished(consented())
			.whenPublishingA(withdrawn)
			.expectDispatchedCommands(
					new ReleasePlace(CAREGIVER_ID, PLACEMENT_ID, "The proposal closed: WITHDRAWN.", officer(CONSENTED)))
			.expectActiveSagas(0);
	}

	@Test
	void anEndedPlacementReleasesItsPlaceAndEndsTheSaga() {
		Instant ended = DECIDED.plusSeconds(60);
		PlacementEnded cancelled = new PlacementEnded(REF, EndReason.HANDOVER_CANCELLED, "Art. 69", null,
				PlacementScenarios.day(ended), true, "PLACEMENT_DECISION_ISSUED", officer(ended));
		this.fixture.givenAPublished(proposed(TEN_YEARS_OLD))
			.andThenAPublished(decided())
			.whenPublishingA(cancelled)
			.expectDispatchedCommands(new ReleasePlace(CAREGIVER_ID, PLACEMENT_ID,
					"The placement ended: HANDOVER_CANCELLED.", officer(ended)))
			.expectActiveSagas(0);
	}

	@Test
	void aSuspensionOfTheCaregiverStopsTheProposalWithAReason() {
		this.fixture.givenAPublished(proposed(TEN_YEARS_OLD))
			.whenPublishingA(new CaregiverStandingChanged(CAREGIVER_ID, "91", Standing.SUSPENDED, Standing.ELIGIBLE,
					familyService(CONSENTED)))
			.expectDispatchedCommands(new RespondToOutsideChange(PLACEMENT_ID, OutsideChange.CAREGIVER_SUSPENDED,
					"family-service suspended the caregiver; a new child cannot be placed with them.",
					familyService(CONSENTED)));
	}

	@Test
	void aRemovalOfTheCaregiverStopsThePlacement() {
		this.fixture.givenAPublished(proposed(TEN_YEARS_OLD))
			.whenPublishingA(new CaregiverStandingChanged(CAREGIVER_ID, "91", Standing.REMOVED, Standing.ELIGIBLE,
					familyService(CONSENTED)))
			.expectDispatchedCommands(new RespondToOutsideChange(PLACEMENT_ID, OutsideChange.CAREGIVER_REMOVED,
					"family-service removed the caregiver from the commune register; a new child cannot be placed "
							+ "with them.",
					familyService(CONSENTED)));
	}

	@Test
	void aReinstatementAsksNothing() {
		this.fixture.givenAPublished(proposed(TEN_YEARS_OLD))
			.whenPublishingA(new CaregiverStandingChanged(CAREGIVER_ID, "91", Standing.ELIGIBLE, Standing.SUSPENDED,
					familyService(CONSENTED)))
			.expectNoDispatchedCommands();
	}

	@Test
	void anotherCaregiversSuspensionDoesNotConcernTheProposal() {
		this.fixture.givenAPublished(proposed(TEN_YEARS_OLD))
			.whenPublishingA(new CaregiverStandingChanged("cg-2", "91", Standing.SUSPENDED, Standing.ELIGIBLE,
					familyService(CONSENTED)))
			.expectNoDispatchedCommands();
	}

	@Test
	void anEndedNeedWithdrawsTheOpenProposal() {
		this.fixture.givenAPublished(proposed(TEN_YEARS_OLD))
			.whenPublishingA(new AlternativeCareNeedEnded("need-1", "case-1", "91", "30406", "RETURNED_TO_FAMILY", null,
					familyService(CONSENTED)))
			.expectDispatchedCommands(new RespondToOutsideChange(PLACEMENT_ID, OutsideChange.NEED_ENDED,
					"case-service ended the child's need for alternative care (RETURNED_TO_FAMILY).",
					familyService(CONSENTED)));
	}

	@Test
	void aClosedProposalNoLongerHearsOfItsCaregiver() {
		this.fixture.givenAPublished(proposed(TEN_YEARS_OLD))
			.andThenAPublished(
					new ProposalClosed(REF, ProposalOutcome.WITHDRAWN, "MATCH_PROPOSED", "…", officer(CONSENTED)))
			.whenPublishingA(new CaregiverStandingChanged(CAREGIVER_ID, "91", Standing.SUSPENDED, Standing.ELIGIBLE,
					familyService(CONSENTED)))
			.expectNoDispatchedCommands()
			.expectActiveSagas(0);
	}

}
