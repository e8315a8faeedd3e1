package org.kinbridge.cases.duplicates;

import static org.hamcrest.Matchers.containsString;
import static org.kinbridge.cases.casefile.CaseFileScenarios.CASE_ID;
import static org.kinbridge.cases.casefile.CaseFileScenarios.RECEIVED;
import static org.kinbridge.cases.casefile.CaseFileScenarios.chair;
import static org.kinbridge.cases.casefile.CaseFileScenarios.officer;
import static org.kinbridge.cases.casefile.CaseFileScenarios.officerOfAnotherProvince;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.casefile.CaseFile;
import org.kinbridge.cases.casefile.CaseFileScenarios;
import org.kinbridge.cases.casefile.CaseState;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.closure.api.CaseClosed;
import org.kinbridge.cases.closure.api.ClosureReason;
import org.kinbridge.cases.duplicates.api.CaseMergedInto;
import org.kinbridge.cases.duplicates.api.CasesKeptApart;
import org.kinbridge.cases.duplicates.api.DuplicateCandidate;
import org.kinbridge.cases.duplicates.api.FlagPossibleDuplicates;
import org.kinbridge.cases.duplicates.api.KeepCasesApart;
import org.kinbridge.cases.duplicates.api.MergeCaseInto;
import org.kinbridge.cases.duplicates.api.PossibleDuplicateFlagged;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;

/**
 * The case file's part in duplicate handling, on a fixed clock: a case flagged at intake
 * is merged into the earlier case or kept apart from it, once, for a stated reason.
 */
class DuplicateHandlingTest {

	private static final Instant RECORDED = RECEIVED.plus(Duration.ofMinutes(30));

	private static final Instant DECIDED = RECEIVED.plus(Duration.ofHours(3));

	private static final String EARLIER = "case-earlier";

	private static final List<DuplicateCandidate.ChildMatch> SAME_AN = List
		.of(new DuplicateCandidate.ChildMatch("child-1", "child-earlier-1", SameChild.NAME_AND_DATE_OF_BIRTH));

	private AggregateTestFixture<CaseFile> fixture;

	@BeforeEach
	void fixture() {
		this.fixture = CaseFileScenarios.fixture();
	}

	@Test
	void flagsANewCaseOnceForEachEarlierCaseItMayDuplicate() {
		Acting intake = officer(RECORDED);
		this.fixture.given(CaseFileScenarios.reportReceived())
			.when(new FlagPossibleDuplicates(CASE_ID,
					List.of(earlier(), earlier(), new DuplicateCandidate(CASE_ID, "91-2026-000001", SAME_AN)), intake))
			.expectEvents(new PossibleDuplicateFlagged(CASE_ID, EARLIER, "91-2026-000007", SAME_AN, intake));
	}

	@Test
	void aFlagRaisedBeforeIsNotRaisedAgain() {
		this.fixture.given(CaseFileScenarios.reportReceived(), flagged())
			.when(new FlagPossibleDuplicates(CASE_ID, List.of(earlier()), officer(RECORDED)))
			.expectNoEvents();
	}

	@Test
	void mergingClosesTheFlaggedCaseAsMergedIntoTheEarlierOne() {
		Acting by = officer(DECIDED);
		this.fixture.given(CaseFileScenarios.reportReceived(), flagged())
			.when(new MergeCaseInto(CASE_ID, EARLIER, "91-2026-000007", "Cùng một em, cùng ngày sinh.", by))
			.expectEvents(new CaseMergedInto(CASE_ID, EARLIER, "91-2026-000007", "Cùng một em, cùng ngày sinh.", by),
					new CaseClosed(CASE_ID, ClosureReason.MERGED, "Cùng một em, cùng ngày sinh.", null,
							CaseState.REPORT_RECEIVED.name(), by))
			.expectResultMessagePayload(CaseState.CLOSED);
	}

	@Test
	void aMergedCaseCannotBeMergedAgain() {
		this.fixture.given(CaseFileScenarios.reportReceived(), flagged(), merged(), closedAsMerged())
			.when(new MergeCaseInto(CASE_ID, EARLIER, "91-2026-000007", "Lần nữa.", officer(DECIDED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("CLOSED"))
			.expectNoEvents();
	}

	@Test
	void aCaseIsMergedOnlyIntoACaseItWasFlaggedAgainst() {
		this.fixture.given(CaseFileScenarios.reportReceived(), flagged())
			.when(new MergeCaseInto(CASE_ID, "case-unrelated", "91-2026-000009", "Giống nhau.", officer(DECIDED)))
			.expectException(ConflictException.class)
			.expectNoEvents();
	}

	@Test
	void keepingCasesApartClearsTheFlagForTheReasonGiven() {
		Acting by = chair(DECIDED);
		this.fixture.given(CaseFileScenarios.reportReceived(), flagged())
			.when(new KeepCasesApart(CASE_ID, EARLIER, "Hai em khác nhau, khác ấp.", by))
			.expectEvents(new CasesKeptApart(CASE_ID, EARLIER, "Hai em khác nhau, khác ấp.", by))
			.expectResultMessagePayload(CaseState.REPORT_RECEIVED);
	}

	@Test
	void casesKeptApartCanNoLongerBeMerged() {
		this.fixture
			.given(CaseFileScenarios.reportReceived(), flagged(),
					new CasesKeptApart(CASE_ID, EARLIER, "Khác nhau.", officer(DECIDED)))
			.when(new MergeCaseInto(CASE_ID, EARLIER, "91-2026-000007", "Thật ra giống.", officer(DECIDED)))
			.expectException(ConflictException.class)
			.expectNoEvents();
	}

	@Test
	void aDecisionWithoutAReasonIsRefused() {
		this.fixture.given(CaseFileScenarios.reportReceived(), flagged())
			.when(new KeepCasesApart(CASE_ID, EARLIER, " ", officer(DECIDED)))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void anOfficerOfAnotherProvinceCannotDecideAndLearnsNothing() {
		this.fixture.given(CaseFileScenarios.reportReceived(), flagged())
			.when(new MergeCaseInto(CASE_ID, EARLIER, "91-2026-000007", "Giống.", officerOfAnotherProvince(DECIDED)))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
	}

	private static DuplicateCandidate earlier() {
		return new DuplicateCandidate(EARLIER, "91-2026-000007", SAME_AN);
	}

	private static PossibleDuplicateFlagged flagged() {
		return new PossibleDuplicateFlagged(CASE_ID, EARLIER, "91-2026-000007", SAME_AN, officer(RECORDED));
	}

	private static CaseMergedInto merged() {
		return new CaseMergedInto(CASE_ID, EARLIER, "91-2026-000007", "Giống.", officer(DECIDED));
	}

	private static CaseClosed closedAsMerged() {
		return new CaseClosed(CASE_ID, ClosureReason.MERGED, "Giống.", null, CaseState.REPORT_RECEIVED.name(),
				officer(DECIDED));
	}

}
