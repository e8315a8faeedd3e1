package org.kinbridge.cases.closure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.kinbridge.cases.casefile.CaseFileScenarios.ASSESSED;
import static org.kinbridge.cases.casefile.CaseFileScenarios.CASE_ID;
import static org.kinbridge.cases.casefile.CaseFileScenarios.RECEIVED;
import static org.kinbridge.cases.casefile.CaseFileScenarios.initialAssessment;
import static org.kinbridge.cases.casefile.CaseFileScenarios.officer;
import static org.kinbridge.cases.casefile.CaseFileScenarios.officerOfAnotherProvince;
import static org.kinbridge.cases.casefile.CaseFileScenarios.reportReceived;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.assessment.api.EmergencyMeasureDeadlineMissed;
import org.kinbridge.cases.casefile.CaseFile;
import org.kinbridge.cases.casefile.CaseFileScenarios;
import org.kinbridge.cases.casefile.CaseState;
import org.kinbridge.cases.casefile.TimeLimitReached;
import org.kinbridge.cases.closure.api.CaseClosed;
import org.kinbridge.cases.closure.api.CaseReopened;
import org.kinbridge.cases.closure.api.CloseCase;
import org.kinbridge.cases.closure.api.ClosureReason;
import org.kinbridge.cases.closure.api.ReopenCase;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;

/** Closing a case for a reason, and reopening it. */
class ClosureTest {

	private static final Instant CLOSED_AT = ASSESSED.plus(Duration.ofHours(1));

	private static final Instant DUE = RECEIVED.plus(Duration.ofHours(12));

	private final AggregateTestFixture<CaseFile> fixture = CaseFileScenarios.fixture();

	@Test
	void closesForAReasonAndStopsTheRunningTimeLimits() {
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.andGivenCommands(initialAssessment(true, officer(ASSESSED)))
			.when(new CloseCase(CASE_ID, ClosureReason.MOVED_AWAY, "Gia đình chuyển đến TP. Hồ Chí Minh.", null,
					officer(CLOSED_AT)))
			.expectEvents(new CaseClosed(CASE_ID, ClosureReason.MOVED_AWAY, "Gia đình chuyển đến TP. Hồ Chí Minh.",
					null, "INITIAL_ASSESSMENT_DONE", officer(CLOSED_AT)))
			.expectNoScheduledDeadlines()
			.expectResultMessagePayload(CaseState.CLOSED);
	}

	@Test
	void aClosedCaseRaisesNoAlertWhenItsLimitWouldHavePassed() {
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.andGivenCommands(initialAssessment(true, officer(ASSESSED)),
					new CloseCase(CASE_ID, ClosureReason.RESOLVED, null, null, officer(CLOSED_AT)))
			.whenTimeElapses(Duration.ofDays(1))
			.expectNoEvents();
	}

	@Test
	void aClosedCaseCannotBeClosedAgain() {
		this.fixture.given(reportReceived(), closed("REPORT_RECEIVED"))
			.when(new CloseCase(CASE_ID, ClosureReason.RESOLVED, null, null, officer(CLOSED_AT)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(startsWith("The case is CLOSED"))
			.expectNoEvents();
	}

	@Test
	void anOtherReasonMustBeStated() {
		this.fixture.given(reportReceived())
			.when(new CloseCase(CASE_ID, ClosureReason.OTHER, " ", null, officer(CLOSED_AT)))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void anotherProvinceCannotCloseTheCase() {
		this.fixture.given(reportReceived())
			.when(new CloseCase(CASE_ID, ClosureReason.RESOLVED, null, null, officerOfAnotherProvince(CLOSED_AT)))
			.expectException(OutOfTenantScopeException.class);
	}

	@Test
	void reopeningReturnsTheCaseToItsStepAndRestartsAnOpenLimit() {
		Instant reopened = CLOSED_AT.plus(Duration.ofHours(1));
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.andGivenCommands(initialAssessment(true, officer(ASSESSED)),
					new CloseCase(CASE_ID, ClosureReason.RESOLVED, null, null, officer(CLOSED_AT)))
			.when(new ReopenCase(CASE_ID, "Đóng nhầm.", officer(reopened)))
			.expectEvents(new CaseReopened(CASE_ID, "Đóng nhầm.", "INITIAL_ASSESSMENT_DONE", officer(reopened)))
			.expectScheduledDeadline(DUE, new TimeLimitReached(CASE_ID, DUE))
			.expectResultMessagePayload(CaseState.INITIAL_ASSESSMENT_DONE);
	}

	@Test
	void reopeningAfterAnOpenLimitPassedRaisesItsAlert() {
		Instant reopened = DUE.plus(Duration.ofHours(2));
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.andGivenCommands(initialAssessment(true, officer(ASSESSED)),
					new CloseCase(CASE_ID, ClosureReason.RESOLVED, null, null, officer(CLOSED_AT)))
			.when(new ReopenCase(CASE_ID, "Trẻ lại gặp nguy hiểm.", officer(reopened)))
			.expectEvents(
					new CaseReopened(CASE_ID, "Trẻ lại gặp nguy hiểm.", "INITIAL_ASSESSMENT_DONE", officer(reopened)),
					new EmergencyMeasureDeadlineMissed(CASE_ID, "91", "30406", RECEIVED, DUE))
			.expectNoScheduledDeadlines();
	}

	@Test
	void aCaseClosedAsMergedIsReopenedThroughTheCaseItWasMergedInto() {
		this.fixture
			.given(reportReceived(),
					new CaseClosed(CASE_ID, ClosureReason.MERGED, "Trùng với hồ sơ 91-2026-000007.", null,
							"REPORT_RECEIVED", officer(CLOSED_AT)))
			.when(new ReopenCase(CASE_ID, "…", officer(CLOSED_AT.plus(Duration.ofHours(1)))))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("merged"))
			.expectNoEvents();
	}

	@Test
	void onlyAClosedCaseCanBeReopened() {
		this.fixture.given(reportReceived())
			.when(new ReopenCase(CASE_ID, "…", officer(CLOSED_AT)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The case is REPORT_RECEIVED"));
	}

	private static CaseClosed closed(String inState) {
		return new CaseClosed(CASE_ID, ClosureReason.RESOLVED, null, null, inState, officer(CLOSED_AT));
	}

}
