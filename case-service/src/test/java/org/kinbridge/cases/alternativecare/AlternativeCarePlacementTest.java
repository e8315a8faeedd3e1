package org.kinbridge.cases.alternativecare;

import static org.hamcrest.Matchers.containsString;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.AN;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.BINH;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.CASE_ID;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.CONFIRMED;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.NEED;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.assessed;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.concat;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.eligible;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.identified;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.matchingOfficer;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.placementOf;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.siblingsReported;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.alternativecare.api.AlternativeCareEligibilityConfirmed;
import org.kinbridge.cases.alternativecare.api.CareType;
import org.kinbridge.cases.alternativecare.api.ChildTurned16InCare;
import org.kinbridge.cases.alternativecare.api.PlacementDecisionRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementEndRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementProposalClosureRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementProposalRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementRef;
import org.kinbridge.cases.alternativecare.api.PlacementStartRecorded;
import org.kinbridge.cases.alternativecare.api.RecordPlacementDecision;
import org.kinbridge.cases.alternativecare.api.RecordPlacementEnd;
import org.kinbridge.cases.alternativecare.api.RecordPlacementProposal;
import org.kinbridge.cases.alternativecare.api.RecordPlacementProposalClosure;
import org.kinbridge.cases.alternativecare.api.RecordPlacementStart;
import org.kinbridge.cases.alternativecare.api.TurningSixteenInCareWatchEnded;
import org.kinbridge.cases.alternativecare.api.TurningSixteenInCareWatchStarted;
import org.kinbridge.cases.casefile.CaseFile;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.closure.api.CaseClosed;
import org.kinbridge.cases.closure.api.ClosureReason;
import org.kinbridge.cases.intake.IntakeSamples;

/**
 * Matching-service's placement events as the case records them: once each, in the case's
 * own history, and only for a need the case announced in its own province; and the watch
 * for a placed child's 16th birthday.
 */
class AlternativeCarePlacementTest {

	private static final Instant PROPOSED = Instant.parse("2026-12-07T02:00:00Z");

	private static final Instant DECIDED = Instant.parse("2026-12-10T02:00:00Z");

	private static final Instant STARTED = Instant.parse("2026-12-15T02:00:00Z");

	private static final LocalDate HANDED_OVER = LocalDate.of(2026, 12, 15);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** An, born 2 March 2016, turns 16 on 2 March 2032: midnight in Vietnam. */
	private static final Instant AN_TURNS_16 = Instant.parse("2032-03-01T17:00:00Z");

	private static final String DEADLINE = AlternativeCare.TURNING_SIXTEEN_DEADLINE + AN;

	private final AggregateTestFixture<CaseFile> fixture = AlternativeCareScenarios.fixture();

	private final PlacementRef an = placementOf(AN);

	@Test
	void aProposalIsRecordedInTheCasesHistoryWithTheMatchingEventAsItsInput() {
		this.fixture.given(eligible())
			.when(proposal("evt-1"))
			.expectEvents(new PlacementProposalRecorded(CASE_ID, this.an, CareType.KINSHIP, 1, 87,
					List.of("Bà nội, cùng xã"), "evt-1", matchingOfficer(PROPOSED)));
	}

	@Test
	void theSameMatchingEventIsRecordedOnce() {
		this.fixture
			.given(concat(eligible(),
					new Object[] { new PlacementProposalRecorded(CASE_ID, this.an, CareType.KINSHIP, 1, 87,
							List.of("Bà nội, cùng xã"), "evt-1", matchingOfficer(PROPOSED)) }))
			.when(proposal("evt-1"))
			.expectSuccessfulHandlerExecution()
			.expectNoEvents();
	}

	@Test
	void everyStepOfThePlacementIsRecorded() {
		this.fixture.given(eligible())
			.when(new RecordPlacementProposalClosure(CASE_ID, this.an, "CAREGIVER_DECLINED", "Bà đau ốm.", "evt-2",
					matchingOfficer(PROPOSED)))
			.expectEvents(new PlacementProposalClosureRecorded(CASE_ID, this.an, "CAREGIVER_DECLINED", "Bà đau ốm.",
					"evt-2", matchingOfficer(PROPOSED)));
		AlternativeCareScenarios.fixture()
			.given(eligible())
			.when(decision("evt-3"))
			.expectEvents(new PlacementDecisionRecorded(CASE_ID, this.an, CareType.KINSHIP, "125/QĐ-UBND",
					"Bà nội đủ điều kiện.", "Luật Trẻ em 2016, Điều 63", LocalDate.of(2026, 12, 20), "evt-3",
					chairInMatching(DECIDED)));
	}

	@Test
	void anEventForAnotherProvinceIsABreachOfTheContract() {
		Acting saigon = new Acting("officer.saigon", "COMMUNE_OFFICER", "79", "26740", PROPOSED);
		this.fixture.given(eligible())
			.when(new RecordPlacementProposal(CASE_ID, this.an, CareType.KINSHIP, 1, 87, List.of("x"), "evt-9", saigon))
			.expectException(UnexpectedPlacementEvent.class)
			.expectExceptionMessage(containsString("province 79"))
			.expectNoEvents();
	}

	@Test
	void anEventForANeedTheCaseNeverAnnouncedIsABreachOfTheContract() {
		PlacementRef unknownNeed = new PlacementRef("placement-x", "need-404", AN, "cg-1");
		this.fixture.given(eligible())
			.when(new RecordPlacementStart(CASE_ID, unknownNeed, CareType.KINSHIP, HANDED_OVER, "evt-9",
					matchingOfficer(STARTED)))
			.expectException(UnexpectedPlacementEvent.class)
			.expectExceptionMessage(containsString("need-404"));
		AlternativeCareScenarios.fixture()
			.given(siblingsReported(), assessed(), identified(List.of(AN, BINH)))
			.when(proposal("evt-9"))
			.expectException(UnexpectedPlacementEvent.class)
			.expectExceptionMessage(containsString("never announced"));
	}

	@Test
	void anEventForAChildOutsideTheNeedIsABreachOfTheContract() {
		PlacementRef stranger = new PlacementRef("placement-x", NEED, "child-9", "cg-1");
		this.fixture.given(eligible())
			.when(new RecordPlacementDecision(CASE_ID, stranger, CareType.KINSHIP, "1/QĐ", "x", "y", HANDED_OVER,
					"evt-9", chairInMatching(DECIDED)))
			.expectException(UnexpectedPlacementEvent.class)
			.expectExceptionMessage(containsString("child-9"));
	}

	@Test
	void aPlacementThatEndsAfterTheCaseClosedIsStillRecorded() {
		Object[] closed = concat(eligible(), decidedAndStarted(), new Object[] { new CaseClosed(CASE_ID,
				ClosureReason.RESOLVED, null, null, "INITIAL_ASSESSMENT_DONE", matchingOfficer(STARTED)) });
		this.fixture.given(closed)
			.when(end("evt-6", LocalDate.of(2027, 2, 1)))
			.expectSuccessfulHandlerExecution()
			.expectEvents(ended("evt-6", LocalDate.of(2027, 2, 1)), watchEnded());
	}

	@Test
	void aPlacedChildIsWatchedForTheirSixteenthBirthday() {
		this.fixture.givenCurrentTime(STARTED)
			.andGiven(concat(eligible(), new Object[] { decided() }))
			.when(start("evt-4"))
			.expectEvents(started("evt-4"), watchStarted())
			.expectScheduledDeadlineWithName(AN_TURNS_16, DEADLINE)
			.expectScheduledDeadline(AN_TURNS_16, new TurningSixteenInCareDue(CASE_ID, AN, this.an.placementId()));
	}

	@Test
	void theSixteenthBirthdayInCareIsRecordedWhenItComes() {
		this.fixture.givenCurrentTime(STARTED)
			.andGiven(concat(eligible(), new Object[] { decided() }))
			.andGivenCommands(start("evt-4"))
			.whenTimeAdvancesTo(AN_TURNS_16)
			.expectTriggeredDeadlinesWithName(DEADLINE)
			.expectEvents(new ChildTurned16InCare(CASE_ID, this.an, LocalDate.of(2032, 3, 2)));
	}

	@Test
	void endingThePlacementCancelsTheWatch() {
		this.fixture.givenCurrentTime(STARTED)
			.andGiven(concat(eligible(), new Object[] { decided() }))
			.andGivenCommands(start("evt-4"))
			.when(end("evt-5", LocalDate.of(2027, 6, 1)))
			.expectEvents(ended("evt-5", LocalDate.of(2027, 6, 1)), watchEnded())
			.expectNoScheduledDeadlines();
	}

	@Test
	void theEndOfAnotherPlacementDoesNotCancelThePlacedChildsWatch() {
		PlacementRef other = new PlacementRef("placement-other", NEED, AN, "cg-other");
		this.fixture.givenCurrentTime(STARTED)
			.andGiven(concat(eligible(), new Object[] { decided() }))
			.andGivenCommands(start("evt-4"))
			.when(new RecordPlacementEnd(CASE_ID, other, "HANDOVER_CANCELLED", "x", null, HANDED_OVER, "evt-7",
					matchingOfficer(STARTED)))
			.expectEvents(new PlacementEndRecorded(CASE_ID, other, "HANDOVER_CANCELLED", "x", null, HANDED_OVER,
					"evt-7", matchingOfficer(STARTED)))
			.expectScheduledDeadlineWithName(AN_TURNS_16, DEADLINE);
	}

	@Test
	void aChildAlreadySixteenWhenPlacedIsFlaggedAtOnce() {
		// Estimated 15 on 28 November 2026: 16 on 28 November 2027, before the handover.
		LocalDate handedOver = LocalDate.of(2027, 12, 1);
		Object[] older = concat(new Object[] {
				AlternativeCareScenarios.siblingsReported(IntakeSamples.child(AN, "Nguyễn Văn An", null, 15)),
				assessed(), identified(List.of(AN)) }, new Object[] { confirmedForAnAlone() });
		LocalDate turned = LocalDate.of(2027, 11, 28);
		this.fixture.given(older)
			.when(new RecordPlacementStart(CASE_ID, this.an, CareType.KINSHIP, handedOver, "evt-4",
					matchingOfficer(STARTED)))
			.expectEvents(
					new PlacementStartRecorded(CASE_ID, this.an, CareType.KINSHIP, handedOver, "evt-4",
							matchingOfficer(STARTED)),
					new TurningSixteenInCareWatchStarted(CASE_ID, this.an, turned,
							turned.atStartOfDay(VIETNAM).toInstant()),
					new ChildTurned16InCare(CASE_ID, this.an, turned))
			.expectNoScheduledDeadlines();
	}

	private RecordPlacementProposal proposal(String eventId) {
		return new RecordPlacementProposal(CASE_ID, this.an, CareType.KINSHIP, 1, 87, List.of("Bà nội, cùng xã"),
				eventId, matchingOfficer(PROPOSED));
	}

	private RecordPlacementDecision decision(String eventId) {
		return new RecordPlacementDecision(CASE_ID, this.an, CareType.KINSHIP, "125/QĐ-UBND", "Bà nội đủ điều kiện.",
				"Luật Trẻ em 2016, Điều 63", LocalDate.of(2026, 12, 20), eventId, chairInMatching(DECIDED));
	}

	private PlacementDecisionRecorded decided() {
		return new PlacementDecisionRecorded(CASE_ID, this.an, CareType.KINSHIP, "125/QĐ-UBND", "Bà nội đủ điều kiện.",
				"Luật Trẻ em 2016, Điều 63", LocalDate.of(2026, 12, 20), "evt-3", chairInMatching(DECIDED));
	}

	private RecordPlacementStart start(String eventId) {
		return new RecordPlacementStart(CASE_ID, this.an, CareType.KINSHIP, HANDED_OVER, eventId,
				matchingOfficer(STARTED));
	}

	private PlacementStartRecorded started(String eventId) {
		return new PlacementStartRecorded(CASE_ID, this.an, CareType.KINSHIP, HANDED_OVER, eventId,
				matchingOfficer(STARTED));
	}

	private Object[] decidedAndStarted() {
		return new Object[] { decided(), started("evt-4"), watchStarted() };
	}

	private TurningSixteenInCareWatchStarted watchStarted() {
		return new TurningSixteenInCareWatchStarted(CASE_ID, this.an, LocalDate.of(2032, 3, 2), AN_TURNS_16);
	}

	private RecordPlacementEnd end(String eventId, LocalDate endedOn) {
		return new RecordPlacementEnd(CASE_ID, this.an, "RETURNED_TO_PARENTS", "Luật Trẻ em 2016, Điều 66", "Mẹ đã về.",
				endedOn, eventId, matchingOfficer(STARTED));
	}

	private PlacementEndRecorded ended(String eventId, LocalDate endedOn) {
		return new PlacementEndRecorded(CASE_ID, this.an, "RETURNED_TO_PARENTS", "Luật Trẻ em 2016, Điều 66",
				"Mẹ đã về.", endedOn, eventId, matchingOfficer(STARTED));
	}

	private TurningSixteenInCareWatchEnded watchEnded() {
		return new TurningSixteenInCareWatchEnded(CASE_ID, this.an, STARTED);
	}

	private static Object confirmedForAnAlone() {
		AlternativeCareEligibilityConfirmed both = AlternativeCareScenarios
			.confirmedBy(AlternativeCareScenarios.chair(CONFIRMED));
		return new AlternativeCareEligibilityConfirmed(CASE_ID, NEED, "91", "30406", null,
				both.children().subList(0, 1), true, both.careTypesSought(), List.of(), both.category(),
				both.consentBasis(), true, both.reason(), both.legalBasis(), null, both.by());
	}

	private static Acting chairInMatching(Instant at) {
		return new Acting("chair.phutan", "COMMUNE_CHAIR", "91", "30406", at);
	}

}
