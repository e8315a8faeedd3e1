package org.kinbridge.cases.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.startsWith;
import static org.kinbridge.cases.casefile.CaseFileScenarios.ASSESSED;
import static org.kinbridge.cases.casefile.CaseFileScenarios.CASE_ID;
import static org.kinbridge.cases.casefile.CaseFileScenarios.RECEIVED;
import static org.kinbridge.cases.casefile.CaseFileScenarios.chair;
import static org.kinbridge.cases.casefile.CaseFileScenarios.initialAssessment;
import static org.kinbridge.cases.casefile.CaseFileScenarios.meeting;
import static org.kinbridge.cases.casefile.CaseFileScenarios.officer;
import static org.kinbridge.cases.casefile.CaseFileScenarios.officerOfAnotherCommune;
import static org.kinbridge.cases.casefile.CaseFileScenarios.officerOfAnotherProvince;
import static org.kinbridge.cases.casefile.CaseFileScenarios.provinceOfficer;
import static org.kinbridge.cases.casefile.CaseFileScenarios.reportReceived;
import static org.kinbridge.cases.casefile.CaseFileScenarios.specificAssessment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.assessment.api.EmergencyMeasureDeadlineMissed;
import org.kinbridge.cases.assessment.api.EmergencyMeasureDeadlineStarted;
import org.kinbridge.cases.assessment.api.EmergencyMeasureKind;
import org.kinbridge.cases.assessment.api.EmergencyMeasureRecorded;
import org.kinbridge.cases.assessment.api.InitialAssessmentRecorded;
import org.kinbridge.cases.assessment.api.RecordEmergencyMeasure;
import org.kinbridge.cases.assessment.api.RecordSpecificAssessment;
import org.kinbridge.cases.assessment.api.RiskLevel;
import org.kinbridge.cases.assessment.api.SpecificAssessmentRecorded;
import org.kinbridge.cases.casefile.CaseFile;
import org.kinbridge.cases.casefile.CaseFileScenarios;
import org.kinbridge.cases.casefile.CaseState;
import org.kinbridge.cases.casefile.CaseTimeLimitsProperties.ProvinceTimeLimits;
import org.kinbridge.cases.casefile.TimeLimitReached;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.closure.api.CaseClosed;
import org.kinbridge.cases.closure.api.ClosureReason;
import org.kinbridge.cases.plan.api.PlanDraftingDeadlineStarted;
import org.kinbridge.cases.plan.api.PlanDraftingStart;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;

/**
 * The initial assessment, the 12-hour emergency rule of Decree 56/2017 Art. 26 cl. 3 and
 * the specific assessment, on a case received on Saturday 28 November 2026 at 08:30.
 */
class AssessmentTest {

	private static final Instant TWELVE_HOURS_AFTER_RECEIPT = RECEIVED.plus(Duration.ofHours(12));

	private final AggregateTestFixture<CaseFile> fixture = CaseFileScenarios.fixture();

	@Test
	void seriousHarmStartsTheTwelveHoursFromTheReportsReceiptNotFromTheAssessment() {
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.when(initialAssessment(true, officer(ASSESSED)))
			.expectEvents(
					new InitialAssessmentRecorded(CASE_ID, RiskLevel.HIGH, true, "Hai em ở nhà một mình, thiếu ăn.",
							officer(ASSESSED)),
					new EmergencyMeasureDeadlineStarted(CASE_ID, RECEIVED, 12, TWELVE_HOURS_AFTER_RECEIPT))
			.expectScheduledDeadline(TWELVE_HOURS_AFTER_RECEIPT,
					new TimeLimitReached(CASE_ID, TWELVE_HOURS_AFTER_RECEIPT))
			.expectScheduledDeadlineWithName(TWELVE_HOURS_AFTER_RECEIPT, CaseFile.EMERGENCY_MEASURE_DEADLINE)
			.expectResultMessagePayload(CaseState.INITIAL_ASSESSMENT_DONE);
	}

	@Test
	void anEmergencyCaseIsExemptFromThePlanDraftingLimit() {
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.when(initialAssessment(true, officer(ASSESSED)))
			.expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(InitialAssessmentRecorded.class),
					instanceOf(EmergencyMeasureDeadlineStarted.class), andNoMore())))
			.expectNoScheduledDeadlineMatching(hasProperty("deadlineName", equalTo(CaseFile.PLAN_DRAFTING_DEADLINE)));
		Instant met = ASSESSED.plus(Duration.ofDays(1));
		CaseFileScenarios
			.fixture(Map.of("91", new ProvinceTimeLimits(null, null, PlanDraftingStart.SPECIFIC_ASSESSMENT)))
			.given(reportReceived(), recorded(true))
			.when(specificAssessment(officer(met)))
			.expectEventsMatching(
					payloadsMatching(exactSequenceOf(instanceOf(SpecificAssessmentRecorded.class), andNoMore())))
			.expectNoScheduledDeadlines();
	}

	@Test
	void withoutSeriousHarmTheWorkingDaysForThePlanStartRunning() {
		Instant due = CaseFileScenarios.timeLimits(Map.of()).planDraftingDue("91", ASSESSED);
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.when(initialAssessment(false, officer(ASSESSED)))
			.expectEvents(
					new InitialAssessmentRecorded(CASE_ID, RiskLevel.MEDIUM, false, "Hai em ở nhà một mình, thiếu ăn.",
							officer(ASSESSED)),
					new PlanDraftingDeadlineStarted(CASE_ID, PlanDraftingStart.INITIAL_ASSESSMENT, ASSESSED, 5, due))
			.expectScheduledDeadline(due, new TimeLimitReached(CASE_ID, due))
			.expectNoScheduledDeadlineMatching(
					hasProperty("deadlineName", equalTo(CaseFile.EMERGENCY_MEASURE_DEADLINE)));
	}

	@Test
	void anEmergencyMeasureWithinTheTwelveHoursMeetsTheLimitAndCancelsTheDeadline() {
		Instant measured = RECEIVED.plus(Duration.ofHours(5));
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.andGivenCommands(initialAssessment(true, officer(ASSESSED)))
			.when(separation(chair(measured)))
			.expectEvents(new EmergencyMeasureRecorded(CASE_ID, EmergencyMeasureKind.TEMPORARY_SEPARATION,
					"Đưa trẻ về ở với bà ngoại.", "Nghị định 56/2017/NĐ-CP, Điều 32", true, chair(measured)))
			.expectNoScheduledDeadlines();
	}

	@Test
	void whenTwelveHoursPassWithoutAMeasureTheMissedDeadlineIsTheAlert() {
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.andGivenCommands(initialAssessment(true, officer(ASSESSED)))
			.whenTimeElapses(Duration.ofHours(10))
			.expectTriggeredDeadlinesWithName(CaseFile.EMERGENCY_MEASURE_DEADLINE)
			.expectEvents(
					new EmergencyMeasureDeadlineMissed(CASE_ID, "91", "30406", RECEIVED, TWELVE_HOURS_AFTER_RECEIPT));
	}

	@Test
	void noAlertBeforeTheTwelveHoursAreUp() {
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.andGivenCommands(initialAssessment(true, officer(ASSESSED)))
			.whenTimeElapses(Duration.ofHours(9).plusMinutes(59))
			.expectNoEvents()
			.expectScheduledDeadlineWithName(TWELVE_HOURS_AFTER_RECEIPT, CaseFile.EMERGENCY_MEASURE_DEADLINE);
	}

	@Test
	void aMeasureRecordedLateStillRaisesTheAlertAndIsMarkedLate() {
		Instant late = TWELVE_HOURS_AFTER_RECEIPT.plus(Duration.ofMinutes(30));
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.andGivenCommands(initialAssessment(true, officer(ASSESSED)))
			.when(separation(officer(late)))
			.expectEvents(
					new EmergencyMeasureDeadlineMissed(CASE_ID, "91", "30406", RECEIVED, TWELVE_HOURS_AFTER_RECEIPT),
					new EmergencyMeasureRecorded(CASE_ID, EmergencyMeasureKind.TEMPORARY_SEPARATION,
							"Đưa trẻ về ở với bà ngoại.", "Nghị định 56/2017/NĐ-CP, Điều 32", false, officer(late)));
	}

	@Test
	void anAssessmentRecordedAfterTheTwelveHoursRaisesTheAlertAtOnce() {
		Instant lateAssessment = RECEIVED.plus(Duration.ofHours(13));
		this.fixture.givenCurrentTime(lateAssessment)
			.andGiven(reportReceived())
			.when(initialAssessment(true, officer(lateAssessment)))
			.expectEvents(
					new InitialAssessmentRecorded(CASE_ID, RiskLevel.HIGH, true, "Hai em ở nhà một mình, thiếu ăn.",
							officer(lateAssessment)),
					new EmergencyMeasureDeadlineStarted(CASE_ID, RECEIVED, 12, TWELVE_HOURS_AFTER_RECEIPT),
					new EmergencyMeasureDeadlineMissed(CASE_ID, "91", "30406", RECEIVED, TWELVE_HOURS_AFTER_RECEIPT))
			.expectNoScheduledDeadlines();
	}

	@Test
	void aProvinceMayShortenTheEmergencyLimit() {
		AggregateTestFixture<CaseFile> sixHours = CaseFileScenarios
			.fixture(Map.of("91", new ProvinceTimeLimits(6, null, null)));
		Instant due = RECEIVED.plus(Duration.ofHours(6));
		sixHours.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.when(initialAssessment(true, officer(ASSESSED)))
			.expectEvents(new InitialAssessmentRecorded(CASE_ID, RiskLevel.HIGH, true,
					"Hai em ở nhà một mình, thiếu ăn.", officer(ASSESSED)),
					new EmergencyMeasureDeadlineStarted(CASE_ID, RECEIVED, 6, due))
			.expectScheduledDeadline(due, new TimeLimitReached(CASE_ID, due));
	}

	@Test
	void anEmergencyMeasureComesAfterTheInitialAssessment() {
		this.fixture.given(reportReceived())
			.when(separation(officer(ASSESSED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("REPORT_RECEIVED"))
			.expectNoEvents();
	}

	@Test
	void theInitialAssessmentIsRecordedOnce() {
		this.fixture.given(reportReceived(), recorded(false))
			.when(initialAssessment(false, officer(ASSESSED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("INITIAL_ASSESSMENT_DONE"));
	}

	@Test
	void aClosedCaseCannotBeAssessed() {
		this.fixture
			.given(reportReceived(),
					new CaseClosed(CASE_ID, ClosureReason.MOVED_AWAY, null, null, "REPORT_RECEIVED", officer(ASSESSED)))
			.when(initialAssessment(false, officer(ASSESSED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(startsWith("The case is CLOSED"))
			.expectNoEvents();
	}

	@Test
	void anotherProvinceOrCommuneIsToldTheCaseDoesNotExist() {
		this.fixture.given(reportReceived())
			.when(initialAssessment(false, officerOfAnotherProvince(ASSESSED)))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
		CaseFileScenarios.fixture()
			.given(reportReceived())
			.when(initialAssessment(false, officerOfAnotherCommune(ASSESSED)))
			.expectException(OutOfTenantScopeException.class);
	}

	@Test
	void aProvinceWideUserReachesEveryCommuneOfTheirProvince() {
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.when(initialAssessment(false, provinceOfficer(ASSESSED)))
			.expectSuccessfulHandlerExecution()
			.expectResultMessagePayload(CaseState.INITIAL_ASSESSMENT_DONE);
	}

	@Test
	void recordsTheSpecificAssessmentWithTheCaseMeeting() {
		Instant met = ASSESSED.plus(Duration.ofDays(2));
		RecordSpecificAssessment command = specificAssessment(officer(met));
		this.fixture.given(reportReceived(), recorded(false))
			.when(command)
			.expectEvents(new SpecificAssessmentRecorded(CASE_ID, RiskLevel.MEDIUM, command.findings(),
					command.meeting(), officer(met)))
			.expectResultMessagePayload(CaseState.SPECIFIC_ASSESSMENT_DONE);
	}

	@Test
	void theSpecificAssessmentComesAfterTheInitialOne() {
		this.fixture.given(reportReceived())
			.when(specificAssessment(officer(ASSESSED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("REPORT_RECEIVED"));
	}

	@Test
	void aCaseMeetingCannotBeRecordedBeforeItIsHeld() {
		Acting by = officer(ASSESSED);
		this.fixture.given(reportReceived(), recorded(false))
			.when(new RecordSpecificAssessment(CASE_ID, RiskLevel.LOW, "…", meeting(LocalDate.of(2026, 12, 24)), by))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void aProvinceMayCountThePlanDaysFromTheSpecificAssessment() {
		AggregateTestFixture<CaseFile> fromSpecific = CaseFileScenarios
			.fixture(Map.of("91", new ProvinceTimeLimits(null, null, PlanDraftingStart.SPECIFIC_ASSESSMENT)));
		Instant met = ASSESSED.plus(Duration.ofDays(2));
		Instant due = CaseFileScenarios.timeLimits(Map.of()).planDraftingDue("91", met);
		assertThat(due).isAfter(met);
		fromSpecific.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.andGivenCommands(initialAssessment(false, officer(ASSESSED)))
			.andGivenCurrentTime(met)
			.when(specificAssessment(officer(met)))
			.expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(SpecificAssessmentRecorded.class),
					equalTo(new PlanDraftingDeadlineStarted(CASE_ID, PlanDraftingStart.SPECIFIC_ASSESSMENT, met, 5,
							due)),
					andNoMore())))
			.expectScheduledDeadline(due, new TimeLimitReached(CASE_ID, due));
	}

	private static RecordEmergencyMeasure separation(Acting by) {
		return new RecordEmergencyMeasure(CASE_ID, EmergencyMeasureKind.TEMPORARY_SEPARATION,
				"Đưa trẻ về ở với bà ngoại.", "Nghị định 56/2017/NĐ-CP, Điều 32", by);
	}

	private static InitialAssessmentRecorded recorded(boolean seriousHarm) {
		return new InitialAssessmentRecorded(CASE_ID, seriousHarm ? RiskLevel.HIGH : RiskLevel.MEDIUM, seriousHarm,
				"Hai em ở nhà một mình, thiếu ăn.", officer(ASSESSED));
	}

}
