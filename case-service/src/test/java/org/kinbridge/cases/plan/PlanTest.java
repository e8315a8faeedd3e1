package org.kinbridge.cases.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.kinbridge.cases.casefile.CaseFileScenarios.ASSESSED;
import static org.kinbridge.cases.casefile.CaseFileScenarios.CASE_ID;
import static org.kinbridge.cases.casefile.CaseFileScenarios.VIETNAM;
import static org.kinbridge.cases.casefile.CaseFileScenarios.chair;
import static org.kinbridge.cases.casefile.CaseFileScenarios.drafterAsChair;
import static org.kinbridge.cases.casefile.CaseFileScenarios.initialAssessment;
import static org.kinbridge.cases.casefile.CaseFileScenarios.meeting;
import static org.kinbridge.cases.casefile.CaseFileScenarios.officer;
import static org.kinbridge.cases.casefile.CaseFileScenarios.plan;
import static org.kinbridge.cases.casefile.CaseFileScenarios.reportReceived;
import static org.kinbridge.cases.casefile.CaseFileScenarios.secondOfficer;
import static org.kinbridge.cases.casefile.CaseFileScenarios.specificAssessment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.assessment.api.InitialAssessmentRecorded;
import org.kinbridge.cases.assessment.api.RiskLevel;
import org.kinbridge.cases.assessment.api.SpecificAssessmentRecorded;
import org.kinbridge.cases.casefile.CaseFile;
import org.kinbridge.cases.casefile.CaseFileScenarios;
import org.kinbridge.cases.casefile.CaseState;
import org.kinbridge.cases.casefile.CaseTimeLimits;
import org.kinbridge.cases.casefile.TimeLimitReached;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.plan.api.ApprovePlan;
import org.kinbridge.cases.plan.api.DraftPlan;
import org.kinbridge.cases.plan.api.PlanApproved;
import org.kinbridge.cases.plan.api.PlanDrafted;
import org.kinbridge.cases.plan.api.PlanDraftingDeadlineMissed;
import org.kinbridge.cases.plan.api.PlanDraftingDeadlineStarted;
import org.kinbridge.cases.plan.api.PlanDraftingStart;
import org.kinbridge.cases.plan.api.PlanReturned;
import org.kinbridge.cases.plan.api.PlanReviewed;
import org.kinbridge.cases.plan.api.PlanRevised;
import org.kinbridge.cases.plan.api.PlanSubmitted;
import org.kinbridge.cases.plan.api.RecordPlanReview;
import org.kinbridge.cases.plan.api.ReturnPlan;
import org.kinbridge.cases.plan.api.RevisePlan;
import org.kinbridge.cases.plan.api.SubmitPlan;
import org.kinbridge.cases.plan.api.SupportPlan;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.ForbiddenException;

/**
 * The support and intervention plan: the working-day limit for drafting it (Decree
 * 56/2017 Art. 28 cl. 1), the chair's decision on it, which its authors may not take,
 * reviews and revisions.
 */
class PlanTest {

	private static final String LEGAL_BASIS = "Nghị định 56/2017/NĐ-CP, Điều 28";

	private static final Instant MET = ASSESSED.plus(Duration.ofDays(1));

	private static final Instant DRAFTED = ASSESSED.plus(Duration.ofDays(2));

	private static final Instant SUBMITTED = ASSESSED.plus(Duration.ofDays(3));

	private static final Instant DECIDED = ASSESSED.plus(Duration.ofDays(4));

	private static final CaseTimeLimits LIMITS = CaseFileScenarios.timeLimits(Map.of());

	/** Five working days after Saturday 28 November 2026. */
	private static final Instant DUE = LIMITS.planDraftingDue("91", ASSESSED);

	private final AggregateTestFixture<CaseFile> fixture = CaseFileScenarios.fixture();

	@Test
	void fiveWorkingDaysCountedFromASaturdayEndOnTheNextFriday() {
		assertThat(LocalDate.ofInstant(DUE, VIETNAM)).isEqualTo(LocalDate.of(2026, 12, 4));
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.when(initialAssessment(false, officer(ASSESSED)))
			.expectScheduledDeadline(DUE, new TimeLimitReached(CASE_ID, DUE))
			.expectScheduledDeadlineWithName(DUE, CaseFile.PLAN_DRAFTING_DEADLINE);
	}

	@Test
	void newYearsDayAndTheWeekendAreNotWorkingDays() {
		Instant wednesday = LocalDateTime.of(2026, 12, 30, 10, 0).atZone(VIETNAM).toInstant();
		Instant due = LIMITS.planDraftingDue("91", wednesday);
		// Thu 31 Dec, (Fri 1 Jan holiday, weekend), Mon 4, Tue 5, Wed 6, Thu 7 Jan.
		assertThat(LocalDate.ofInstant(due, VIETNAM)).isEqualTo(LocalDate.of(2027, 1, 7));
		this.fixture.givenCurrentTime(wednesday)
			.andGiven(reportReceived())
			.when(initialAssessment(false, officer(wednesday)))
			.expectEvents(
					new InitialAssessmentRecorded(CASE_ID, RiskLevel.MEDIUM, false, "Hai em ở nhà một mình, thiếu ăn.",
							officer(wednesday)),
					new PlanDraftingDeadlineStarted(CASE_ID, PlanDraftingStart.INITIAL_ASSESSMENT, wednesday, 5, due))
			.expectScheduledDeadline(due, new TimeLimitReached(CASE_ID, due));
	}

	@Test
	void submittingThePlanInTimeMeetsTheLimitAndCancelsItsDeadline() {
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.andGivenCommands(initialAssessment(false, officer(ASSESSED)), specificAssessment(officer(MET)),
					new DraftPlan(CASE_ID, plan("Đi học lại."), officer(DRAFTED)))
			.when(new SubmitPlan(CASE_ID, officer(SUBMITTED)))
			.expectEvents(new PlanSubmitted(CASE_ID, 1, officer(SUBMITTED)))
			.expectNoScheduledDeadlines()
			.expectResultMessagePayload(CaseState.PLAN_SUBMITTED);
	}

	@Test
	void whenNoPlanIsSubmittedInTimeTheDraftingLimitIsMissed() {
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.andGivenCommands(initialAssessment(false, officer(ASSESSED)))
			.whenTimeAdvancesTo(DUE)
			.expectTriggeredDeadlinesWithName(CaseFile.PLAN_DRAFTING_DEADLINE)
			.expectEvents(new PlanDraftingDeadlineMissed(CASE_ID, "91", "30406", DUE));
	}

	@Test
	void aPlanSubmittedLateRecordsTheMissedLimitFirst() {
		Instant late = DUE.plus(Duration.ofHours(1));
		this.fixture.givenCurrentTime(ASSESSED)
			.andGiven(reportReceived())
			.andGivenCommands(initialAssessment(false, officer(ASSESSED)), specificAssessment(officer(MET)),
					new DraftPlan(CASE_ID, plan("Đi học lại."), officer(DRAFTED)))
			.when(new SubmitPlan(CASE_ID, officer(late)))
			.expectEvents(new PlanDraftingDeadlineMissed(CASE_ID, "91", "30406", DUE),
					new PlanSubmitted(CASE_ID, 1, officer(late)));
	}

	@Test
	void aPlanIsDraftedOnlyAfterTheSpecificAssessment() {
		this.fixture.given(reportReceived(), initialAssessed())
			.when(new DraftPlan(CASE_ID, plan("Đi học lại."), officer(DRAFTED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("INITIAL_ASSESSMENT_DONE"))
			.expectNoEvents();
	}

	@Test
	void draftsTheFirstVersionOfThePlan() {
		SupportPlan plan = plan("Đi học lại.");
		this.fixture.given(reportReceived(), initialAssessed(), specificallyAssessed())
			.when(new DraftPlan(CASE_ID, plan, officer(DRAFTED)))
			.expectEvents(new PlanDrafted(CASE_ID, 1, plan, officer(DRAFTED)))
			.expectResultMessagePayload(CaseState.PLAN_DRAFTED);
	}

	@Test
	void aPlanCannotEndBeforeItStarts() {
		SupportPlan backwards = new SupportPlan(plan("x").goals(), plan("x").actions(), LocalDate.of(2027, 6, 1),
				LocalDate.of(2027, 1, 1));
		this.fixture.given(reportReceived(), initialAssessed(), specificallyAssessed())
			.when(new DraftPlan(CASE_ID, backwards, officer(DRAFTED)))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void theChairApprovesASubmittedPlan() {
		this.fixture
			.given(reportReceived(), initialAssessed(), specificallyAssessed(), drafted(1, officer(DRAFTED)),
					submitted(1, officer(SUBMITTED)))
			.when(new ApprovePlan(CASE_ID, "Đồng ý.", LEGAL_BASIS, chair(DECIDED)))
			.expectEvents(new PlanApproved(CASE_ID, 1, "Đồng ý.", LEGAL_BASIS, chair(DECIDED)))
			.expectResultMessagePayload(CaseState.PLAN_IN_IMPLEMENTATION);
	}

	@Test
	void aPlanThatWasNotSubmittedCannotBeApproved() {
		this.fixture.given(reportReceived(), initialAssessed(), specificallyAssessed(), drafted(1, officer(DRAFTED)))
			.when(new ApprovePlan(CASE_ID, null, LEGAL_BASIS, chair(DECIDED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The case is PLAN_DRAFTED"))
			.expectNoEvents();
	}

	@Test
	void theDrafterCannotApproveOrReturnTheirOwnPlan() {
		this.fixture
			.given(reportReceived(), initialAssessed(), specificallyAssessed(), drafted(1, officer(DRAFTED)),
					submitted(1, officer(SUBMITTED)))
			.when(new ApprovePlan(CASE_ID, null, LEGAL_BASIS, drafterAsChair(DECIDED)))
			.expectException(ForbiddenException.class)
			.expectNoEvents();
		CaseFileScenarios.fixture()
			.given(reportReceived(), initialAssessed(), specificallyAssessed(), drafted(1, officer(DRAFTED)),
					submitted(1, officer(SUBMITTED)))
			.when(new ReturnPlan(CASE_ID, "Tự trả lại.", drafterAsChair(DECIDED)))
			.expectException(ForbiddenException.class)
			.expectNoEvents();
	}

	@Test
	void whoeverSubmittedAPlanCannotApproveItEither() {
		this.fixture
			.given(reportReceived(), initialAssessed(), specificallyAssessed(), drafted(1, secondOfficer(DRAFTED)),
					submitted(1, officer(SUBMITTED)))
			.when(new ApprovePlan(CASE_ID, null, LEGAL_BASIS, drafterAsChair(DECIDED)))
			.expectException(ForbiddenException.class);
	}

	@Test
	void theChairReturnsThePlanWithAReason() {
		this.fixture
			.given(reportReceived(), initialAssessed(), specificallyAssessed(), drafted(1, officer(DRAFTED)),
					submitted(1, officer(SUBMITTED)))
			.when(new ReturnPlan(CASE_ID, "Thiếu phân công cho trường học.", chair(DECIDED)))
			.expectEvents(new PlanReturned(CASE_ID, 1, "Thiếu phân công cho trường học.", chair(DECIDED)))
			.expectResultMessagePayload(CaseState.PLAN_RETURNED);
	}

	@Test
	void aReturnedPlanIsRedraftedAsTheSameVersionAndSubmittedAgain() {
		SupportPlan better = plan("Đi học lại, có trường theo dõi.");
		Instant redrafted = DECIDED.plus(Duration.ofDays(1));
		this.fixture
			.given(reportReceived(), initialAssessed(), specificallyAssessed(), drafted(1, officer(DRAFTED)),
					submitted(1, officer(SUBMITTED)), new PlanReturned(CASE_ID, 1, "Thiếu.", chair(DECIDED)))
			.when(new DraftPlan(CASE_ID, better, officer(redrafted)))
			.expectEvents(new PlanDrafted(CASE_ID, 1, better, officer(redrafted)));
	}

	@Test
	void reviewsAreRecordedOnAnApprovedPlan() {
		Instant reviewed = LocalDateTime.of(2027, 1, 15, 9, 0).atZone(VIETNAM).toInstant();
		this.fixture.given(approvedPlan())
			.when(new RecordPlanReview(CASE_ID, LocalDate.of(2027, 1, 15), "Hai em đã đi học trở lại.",
					LocalDate.of(2027, 2, 15), officer(reviewed)))
			.expectEvents(new PlanReviewed(CASE_ID, 1, LocalDate.of(2027, 1, 15), "Hai em đã đi học trở lại.",
					LocalDate.of(2027, 2, 15), officer(reviewed)))
			.expectResultMessagePayload(CaseState.UNDER_MONITORING);
	}

	@Test
	void aReviewNeedsAnApprovedPlan() {
		this.fixture
			.given(reportReceived(), initialAssessed(), specificallyAssessed(), drafted(1, officer(DRAFTED)),
					submitted(1, officer(SUBMITTED)))
			.when(new RecordPlanReview(CASE_ID, LocalDate.of(2026, 12, 1), "…", LocalDate.of(2027, 1, 1),
					officer(DECIDED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("PLAN_SUBMITTED"));
	}

	@Test
	void theNextReviewMustComeAfterThisOne() {
		Instant reviewed = LocalDateTime.of(2027, 1, 15, 9, 0).atZone(VIETNAM).toInstant();
		this.fixture.given(approvedPlan())
			.when(new RecordPlanReview(CASE_ID, LocalDate.of(2027, 1, 15), "…", LocalDate.of(2027, 1, 15),
					officer(reviewed)))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void aRevisionIsANewVersionThatGoesThroughApprovalAgain() {
		SupportPlan revised = plan("Duy trì việc học, thêm hỗ trợ dinh dưỡng.");
		Instant revisedAt = ASSESSED.plus(Duration.ofDays(40));
		this.fixture.given(approvedPlan())
			.when(new RevisePlan(CASE_ID, revised, "Thêm hỗ trợ dinh dưỡng.", secondOfficer(revisedAt)))
			.expectEvents(new PlanRevised(CASE_ID, 2, revised, "Thêm hỗ trợ dinh dưỡng.", secondOfficer(revisedAt)))
			.expectResultMessagePayload(CaseState.PLAN_DRAFTED);
	}

	@Test
	void theAuthorOfARevisionCannotApproveItButTheFirstVersionsDrafterMay() {
		Instant revisedAt = ASSESSED.plus(Duration.ofDays(40));
		Acting reviserAsChair = new Acting("officer2.phutan", "COMMUNE_CHAIR", "91", "30406", revisedAt);
		Object[] revisionSubmitted = concat(approvedPlan(),
				new PlanRevised(CASE_ID, 2, plan("Thêm dinh dưỡng."), "Thêm.", secondOfficer(revisedAt)),
				submitted(2, secondOfficer(revisedAt)));
		this.fixture.given(revisionSubmitted)
			.when(new ApprovePlan(CASE_ID, null, LEGAL_BASIS, reviserAsChair))
			.expectException(ForbiddenException.class);
		CaseFileScenarios.fixture()
			.given(revisionSubmitted)
			.when(new ApprovePlan(CASE_ID, null, LEGAL_BASIS, drafterAsChair(revisedAt)))
			.expectEvents(new PlanApproved(CASE_ID, 2, null, LEGAL_BASIS, drafterAsChair(revisedAt)));
	}

	@Test
	void anApprovedPlanIsRevisedRatherThanRedrafted() {
		this.fixture.given(approvedPlan())
			.when(new DraftPlan(CASE_ID, plan("x"), officer(DECIDED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("PLAN_IN_IMPLEMENTATION"));
	}

	private static InitialAssessmentRecorded initialAssessed() {
		return new InitialAssessmentRecorded(CASE_ID, RiskLevel.MEDIUM, false, "…", officer(ASSESSED));
	}

	private static SpecificAssessmentRecorded specificallyAssessed() {
		return new SpecificAssessmentRecorded(CASE_ID, RiskLevel.MEDIUM, "…",
				meeting(LocalDate.ofInstant(MET, VIETNAM)), officer(MET));
	}

	private static PlanDrafted drafted(int version, Acting by) {
		return new PlanDrafted(CASE_ID, version, plan("Đi học lại."), by);
	}

	private static PlanSubmitted submitted(int version, Acting by) {
		return new PlanSubmitted(CASE_ID, version, by);
	}

	private static Object[] approvedPlan() {
		return new Object[] { reportReceived(), initialAssessed(), specificallyAssessed(), drafted(1, officer(DRAFTED)),
				submitted(1, officer(SUBMITTED)), new PlanApproved(CASE_ID, 1, null, LEGAL_BASIS, chair(DECIDED)) };
	}

	private static Object[] concat(Object[] events, Object... more) {
		Object[] all = Arrays.copyOf(events, events.length + more.length);
		System.arraycopy(more, 0, all, events.length, more.length);
		return all;
	}

}
