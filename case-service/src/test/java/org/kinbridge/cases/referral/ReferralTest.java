package org.kinbridge.cases.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.kinbridge.cases.referral.ReferralScenarios.CASE_ID;
import static org.kinbridge.cases.referral.ReferralScenarios.REFERRAL_ID;
import static org.kinbridge.cases.referral.ReferralScenarios.REFERRED;
import static org.kinbridge.cases.referral.ReferralScenarios.bystanderOfAnotherProvince;
import static org.kinbridge.cases.referral.ReferralScenarios.chauDoc;
import static org.kinbridge.cases.referral.ReferralScenarios.deadlineStarted;
import static org.kinbridge.cases.referral.ReferralScenarios.hospital;
import static org.kinbridge.cases.referral.ReferralScenarios.officer;
import static org.kinbridge.cases.referral.ReferralScenarios.receivingOfficer;
import static org.kinbridge.cases.referral.ReferralScenarios.referBoth;
import static org.kinbridge.cases.referral.ReferralScenarios.reportReceived;
import static org.kinbridge.cases.referral.ReferralScenarios.responseDue;
import static org.kinbridge.cases.referral.ReferralScenarios.saigon;
import static org.kinbridge.cases.referral.ReferralScenarios.sentBoth;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.assessment.api.InitialAssessmentRecorded;
import org.kinbridge.cases.assessment.api.RecordInitialAssessment;
import org.kinbridge.cases.assessment.api.RiskLevel;
import org.kinbridge.cases.casefile.CaseFile;
import org.kinbridge.cases.casefile.CaseFileScenarios;
import org.kinbridge.cases.casefile.CaseState;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.closure.api.CaseClosed;
import org.kinbridge.cases.closure.api.ClosureReason;
import org.kinbridge.cases.plan.api.PlanDraftingDeadlineStarted;
import org.kinbridge.cases.plan.api.PlanDraftingStart;
import org.kinbridge.cases.referral.api.AcceptReferral;
import org.kinbridge.cases.referral.api.AgencyRespondent;
import org.kinbridge.cases.referral.api.CaseHandedOver;
import org.kinbridge.cases.referral.api.CompleteReferral;
import org.kinbridge.cases.referral.api.ReferCase;
import org.kinbridge.cases.referral.api.ReferralAccepted;
import org.kinbridge.cases.referral.api.ReferralCompleted;
import org.kinbridge.cases.referral.api.ReferralRejected;
import org.kinbridge.cases.referral.api.ReferralResponseOverdue;
import org.kinbridge.cases.referral.api.ReferralRevoked;
import org.kinbridge.cases.referral.api.ReferralStatus;
import org.kinbridge.cases.referral.api.ReferralTarget;
import org.kinbridge.cases.referral.api.ReferralTargetType;
import org.kinbridge.cases.referral.api.RejectReferral;
import org.kinbridge.cases.referral.api.RevokeReferral;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.ForbiddenException;
import org.kinbridge.platform.web.NotFoundException;

/**
 * A referral's way from SENT to ACCEPTED, REJECTED or REVOKED and from ACCEPTED to DONE;
 * its response time limit; and the handover of the case to the commune or province that
 * accepts a transfer.
 */
class ReferralTest {

	private static final Instant ANSWERED = REFERRED.plus(Duration.ofDays(2));

	private static final Instant FINISHED = REFERRED.plus(Duration.ofDays(20));

	private static final AgencyRespondent DOCTOR = new AgencyRespondent("BS. Lê Thị Hạnh", "Trưởng khoa Nhi");

	private static final String LEGAL_BASIS = "Nghị định 56/2017/NĐ-CP, Điều 10";

	private final AggregateTestFixture<CaseFile> fixture = ReferralScenarios.fixture();

	// Sending and the response time limit

	@Test
	void fiveWorkingDaysFromAMondayEndOnTheNextMonday() {
		assertThat(LocalDate.ofInstant(responseDue(), CaseFileScenarios.VIETNAM)).isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void sendingAReferralStartsItsResponseTimeLimitOnTheDurableDeadlineManager() {
		this.fixture.givenCurrentTime(REFERRED)
			.andGiven(reportReceived())
			.when(referBoth(hospital()))
			.expectEvents(sentBoth(hospital()), deadlineStarted())
			.expectScheduledDeadline(responseDue(), new ReferralResponseDue(CASE_ID, REFERRAL_ID, responseDue()))
			.expectScheduledDeadlineWithName(responseDue(), CaseReferrals.responseDeadline(REFERRAL_ID));
	}

	@Test
	void anAnswerInTimeCancelsTheResponseDeadline() {
		this.fixture.givenCurrentTime(REFERRED)
			.andGiven(reportReceived())
			.andGivenCommands(referBoth(hospital()))
			.when(new AcceptReferral(CASE_ID, REFERRAL_ID, DOCTOR, "Nhận khám ngày 2/12.", null, officer(ANSWERED)))
			.expectEvents(
					new ReferralAccepted(CASE_ID, REFERRAL_ID, DOCTOR, "Nhận khám ngày 2/12.", null, officer(ANSWERED)))
			.expectNoScheduledDeadlines()
			.expectResultMessagePayload(ReferralStatus.ACCEPTED);
	}

	@Test
	void whenNoAnswerComesInTimeTheReferralIsOverdue() {
		this.fixture.givenCurrentTime(REFERRED)
			.andGiven(reportReceived())
			.andGivenCommands(referBoth(hospital()))
			.whenTimeAdvancesTo(responseDue())
			.expectTriggeredDeadlinesWithName(CaseReferrals.responseDeadline(REFERRAL_ID))
			.expectEvents(new ReferralResponseOverdue(CASE_ID, REFERRAL_ID, "91", "30406", responseDue()));
	}

	@Test
	void anAnswerAfterTheTimeLimitRecordsTheMissFirst() {
		Instant late = responseDue().plus(Duration.ofHours(1));
		this.fixture.given(reportReceived(), sentBoth(hospital()), deadlineStarted())
			.when(new RejectReferral(CASE_ID, REFERRAL_ID, "Hết chỗ.", DOCTOR, officer(late)))
			.expectEvents(new ReferralResponseOverdue(CASE_ID, REFERRAL_ID, "91", "30406", responseDue()),
					new ReferralRejected(CASE_ID, REFERRAL_ID, "Hết chỗ.", DOCTOR, officer(late)));
	}

	@Test
	void aClosedCaseRaisesNoReferralAlert() {
		this.fixture.givenCurrentTime(REFERRED)
			.andGiven(reportReceived())
			.andGivenCommands(referBoth(hospital()))
			.andGiven(new CaseClosed(CASE_ID, ClosureReason.RESOLVED, null, null, "REPORT_RECEIVED", officer(ANSWERED)))
			.whenTimeAdvancesTo(responseDue())
			.expectNoEvents();
	}

	@Test
	void aClosedCaseIsNotReferred() {
		this.fixture
			.given(reportReceived(),
					new CaseClosed(CASE_ID, ClosureReason.RESOLVED, null, null, "REPORT_RECEIVED", officer(REFERRED)))
			.when(referBoth(hospital()))
			.expectException(ConflictException.class)
			.expectExceptionMessage(startsWith("The case is CLOSED"));
	}

	// A service's answers, recorded by the case's officers

	@Test
	void aServiceRejectsWithAReason() {
		this.fixture.given(reportReceived(), sentBoth(hospital()), deadlineStarted())
			.when(new RejectReferral(CASE_ID, REFERRAL_ID, "Không có bác sĩ nhi.", DOCTOR, officer(ANSWERED)))
			.expectEvents(new ReferralRejected(CASE_ID, REFERRAL_ID, "Không có bác sĩ nhi.", DOCTOR, officer(ANSWERED)))
			.expectResultMessagePayload(ReferralStatus.REJECTED);
	}

	@Test
	void aServicesAnswerSaysWhoAnswered() {
		this.fixture.given(reportReceived(), sentBoth(hospital()))
			.when(new AcceptReferral(CASE_ID, REFERRAL_ID, null, null, null, officer(ANSWERED)))
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(startsWith("respondent:"))
			.expectNoEvents();
	}

	@Test
	void anAcceptedReferralIsDoneWithItsOutcome() {
		this.fixture.given(reportReceived(), sentBoth(hospital()), accepted())
			.when(new CompleteReferral(CASE_ID, REFERRAL_ID, "Đã điều trị xong, tái khám sau 1 tháng.", DOCTOR,
					officer(FINISHED)))
			.expectEvents(new ReferralCompleted(CASE_ID, REFERRAL_ID, "Đã điều trị xong, tái khám sau 1 tháng.", DOCTOR,
					officer(FINISHED)))
			.expectResultMessagePayload(ReferralStatus.DONE);
	}

	@Test
	void theSenderRevokesASentOrAnAcceptedReferral() {
		this.fixture.given(reportReceived(), sentBoth(hospital()), deadlineStarted())
			.when(new RevokeReferral(CASE_ID, REFERRAL_ID, "Gia đình đã tự đưa em đi khám.", officer(ANSWERED)))
			.expectEvents(
					new ReferralRevoked(CASE_ID, REFERRAL_ID, "Gia đình đã tự đưa em đi khám.", officer(ANSWERED)))
			.expectResultMessagePayload(ReferralStatus.REVOKED);
		ReferralScenarios.fixture()
			.given(reportReceived(), sentBoth(hospital()), accepted())
			.when(new RevokeReferral(CASE_ID, REFERRAL_ID, "Chuyển sang cơ sở gần hơn.", officer(FINISHED)))
			.expectEvents(new ReferralRevoked(CASE_ID, REFERRAL_ID, "Chuyển sang cơ sở gần hơn.", officer(FINISHED)));
	}

	// Steps out of order: 409 naming the referral's state

	@Test
	void anAcceptedReferralCannotBeAcceptedOrRejectedAgain() {
		expectConflict(new AcceptReferral(CASE_ID, REFERRAL_ID, DOCTOR, null, null, officer(FINISHED)),
				"The referral is ACCEPTED; accepting it needs a referral that is SENT.", accepted());
		expectConflict(new RejectReferral(CASE_ID, REFERRAL_ID, "Muộn.", DOCTOR, officer(FINISHED)),
				"The referral is ACCEPTED; rejecting it needs a referral that is SENT.", accepted());
	}

	@Test
	void aReferralIsDoneOnlyOnceAccepted() {
		expectConflict(new CompleteReferral(CASE_ID, REFERRAL_ID, "Xong.", DOCTOR, officer(FINISHED)),
				"The referral is SENT; recording its outcome needs a referral that is ACCEPTED.");
		expectConflict(new CompleteReferral(CASE_ID, REFERRAL_ID, "Xong.", DOCTOR, officer(FINISHED)),
				"The referral is DONE; recording its outcome needs a referral that is ACCEPTED.", accepted(),
				new ReferralCompleted(CASE_ID, REFERRAL_ID, "Xong.", DOCTOR, officer(FINISHED)));
	}

	@Test
	void aRejectedRevokedOrDoneReferralCannotBeRevoked() {
		expectConflict(new RevokeReferral(CASE_ID, REFERRAL_ID, "Thôi.", officer(FINISHED)),
				"The referral is REJECTED; revoking it needs a referral that is SENT or ACCEPTED.",
				new ReferralRejected(CASE_ID, REFERRAL_ID, "Hết chỗ.", DOCTOR, officer(ANSWERED)));
		expectConflict(new RevokeReferral(CASE_ID, REFERRAL_ID, "Thôi.", officer(FINISHED)),
				"The referral is REVOKED; revoking it needs a referral that is SENT or ACCEPTED.",
				new ReferralRevoked(CASE_ID, REFERRAL_ID, "Thôi.", officer(ANSWERED)));
		expectConflict(new RevokeReferral(CASE_ID, REFERRAL_ID, "Thôi.", officer(FINISHED)),
				"The referral is DONE; revoking it needs a referral that is SENT or ACCEPTED.", accepted(),
				new ReferralCompleted(CASE_ID, REFERRAL_ID, "Xong.", DOCTOR, officer(FINISHED)));
	}

	@Test
	void aRevokedReferralCannotBeAnswered() {
		expectConflict(new AcceptReferral(CASE_ID, REFERRAL_ID, DOCTOR, null, null, officer(FINISHED)),
				"The referral is REVOKED; accepting it needs a referral that is SENT.",
				new ReferralRevoked(CASE_ID, REFERRAL_ID, "Thôi.", officer(ANSWERED)));
	}

	@Test
	void anUnknownReferralIsNotFound() {
		this.fixture.given(reportReceived())
			.when(new AcceptReferral(CASE_ID, "referral-unknown", DOCTOR, null, null, officer(ANSWERED)))
			.expectException(NotFoundException.class);
	}

	// Transfers: the receiving commune or province answers, and accepting hands the case
	// over

	@Test
	void acceptingATransferHandsTheCaseOverToTheReceivingProvince() {
		this.fixture.givenCurrentTime(REFERRED)
			.andGiven(reportReceived())
			.andGivenCommands(referBoth(saigon()))
			.when(new AcceptReferral(CASE_ID, REFERRAL_ID, null, "Gia đình đã chuyển vào phường Sài Gòn.", LEGAL_BASIS,
					receivingOfficer(ANSWERED)))
			.expectEvents(
					new ReferralAccepted(CASE_ID, REFERRAL_ID, null, "Gia đình đã chuyển vào phường Sài Gòn.",
							LEGAL_BASIS, receivingOfficer(ANSWERED)),
					new CaseHandedOver(CASE_ID, REFERRAL_ID, "91", "30406", "79", "26740",
							"Khám và điều trị vết thương.", LEGAL_BASIS, officer(REFERRED), receivingOfficer(ANSWERED)))
			.expectNoScheduledDeadlines()
			.expectResultMessagePayload(ReferralStatus.ACCEPTED);
	}

	@Test
	void afterTheHandoverTheFormerOwnerCannotActOnTheCaseAndTheNewOneCan() {
		Instant later = FINISHED;
		this.fixture.given(handedOverToSaigon())
			.when(assess(officer(later)))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
		ReferralScenarios.fixture()
			.given(handedOverToSaigon())
			.when(assess(receivingOfficer(later)))
			.expectEvents(
					new InitialAssessmentRecorded(CASE_ID, RiskLevel.MEDIUM, false, "Đánh giá lại tại nơi ở mới.",
							receivingOfficer(later)),
					// The new owner's time limits and calendar apply from now on.
					new PlanDraftingDeadlineStarted(CASE_ID, PlanDraftingStart.INITIAL_ASSESSMENT, later, 5,
							CaseFileScenarios.timeLimits(Map.of()).planDraftingDue("79", later)))
			.expectResultMessagePayload(CaseState.INITIAL_ASSESSMENT_DONE);
	}

	@Test
	void theNewOwnerRecordsTheTransfersOutcomeButNobodyRevokesIt() {
		this.fixture.given(handedOverToSaigon())
			.when(new CompleteReferral(CASE_ID, REFERRAL_ID, "Đã tiếp nhận, lập kế hoạch mới.", null,
					receivingOfficer(FINISHED)))
			.expectEvents(new ReferralCompleted(CASE_ID, REFERRAL_ID, "Đã tiếp nhận, lập kế hoạch mới.", null,
					receivingOfficer(FINISHED)));
		ReferralScenarios.fixture()
			.given(handedOverToSaigon())
			.when(new RevokeReferral(CASE_ID, REFERRAL_ID, "Muốn lấy lại.", receivingOfficer(FINISHED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("handed the case over"));
		ReferralScenarios.fixture()
			.given(handedOverToSaigon())
			.when(new RevokeReferral(CASE_ID, REFERRAL_ID, "Muốn lấy lại.", officer(FINISHED)))
			.expectException(OutOfTenantScopeException.class);
	}

	@Test
	void onlyTheReceivingSideAnswersATransfer() {
		this.fixture.given(reportReceived(), sentBoth(saigon()))
			.when(new AcceptReferral(CASE_ID, REFERRAL_ID, null, null, LEGAL_BASIS, officer(ANSWERED)))
			.expectException(ForbiddenException.class)
			.expectNoEvents();
	}

	@Test
	void theReceivingProvinceRejectsATransferWithAReason() {
		this.fixture.given(reportReceived(), sentBoth(saigon()), deadlineStarted())
			.when(new RejectReferral(CASE_ID, REFERRAL_ID, "Gia đình không cư trú tại phường.", null,
					receivingOfficer(ANSWERED)))
			.expectEvents(new ReferralRejected(CASE_ID, REFERRAL_ID, "Gia đình không cư trú tại phường.", null,
					receivingOfficer(ANSWERED)));
	}

	@Test
	void takingACaseOverNeedsItsLegalBasis() {
		this.fixture.given(reportReceived(), sentBoth(saigon()))
			.when(new AcceptReferral(CASE_ID, REFERRAL_ID, null, "Đồng ý.", null, receivingOfficer(ANSWERED)))
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(startsWith("legalBasis:"));
	}

	@Test
	void aCaseIsOfferedToOneCommuneOrProvinceAtATime() {
		this.fixture.given(reportReceived(), sentBoth(saigon()))
			.when(new ReferCase(CASE_ID, "referral-2", chauDoc(), referBoth(chauDoc()).childIds(),
					"Chuyển về Châu Đốc.", null, referBoth(chauDoc()).sharedItems(), referBoth(chauDoc()).consent(),
					referBoth(chauDoc()).childOpinions(), null, officer(ANSWERED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("is SENT; a case is offered to one commune or province at a time"));
	}

	@Test
	void aTransferGoesToAnotherCommuneOrProvinceThanTheOwner() {
		this.fixture.given(reportReceived())
			.when(referBoth(new ReferralTarget(ReferralTargetType.OTHER_COMMUNE, "UBND xã Phú Tân", "91", "30406")))
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(startsWith("target.communeCode:"));
		ReferralScenarios.fixture()
			.given(reportReceived())
			.when(referBoth(
					new ReferralTarget(ReferralTargetType.OTHER_PROVINCE, "UBND phường Châu Đốc", "91", "30316")))
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(startsWith("target.provinceCode:"));
	}

	@Test
	void aTransferWithinTheProvinceMovesTheCaseToTheOtherCommune() {
		Acting chauDocOfficer = new Acting("officer.chaudoc", "COMMUNE_OFFICER", "91", "30316", ANSWERED);
		this.fixture.given(reportReceived(), sentBoth(chauDoc()))
			.when(new AcceptReferral(CASE_ID, REFERRAL_ID, null, null, LEGAL_BASIS, chauDocOfficer))
			.expectEvents(new ReferralAccepted(CASE_ID, REFERRAL_ID, null, null, LEGAL_BASIS, chauDocOfficer),
					new CaseHandedOver(CASE_ID, REFERRAL_ID, "91", "30406", "91", "30316",
							"Khám và điều trị vết thương.", LEGAL_BASIS, officer(REFERRED), chauDocOfficer));
	}

	// Province isolation: a user of another province, to whom nothing was sent, learns
	// nothing

	@Test
	void aUserOfAnotherProvinceIsToldTheCaseDoesNotExistWhateverTheyTry() {
		Acting stranger = bystanderOfAnotherProvince(ANSWERED);
		List<Function<Acting, Object>> commands = List.of(
				(by) -> new ReferCase(CASE_ID, "referral-9", hospital(), referBoth(hospital()).childIds(), "x", null,
						referBoth(hospital()).sharedItems(), referBoth(hospital()).consent(),
						referBoth(hospital()).childOpinions(), null, by),
				(by) -> new AcceptReferral(CASE_ID, REFERRAL_ID, DOCTOR, null, LEGAL_BASIS, by),
				(by) -> new RejectReferral(CASE_ID, REFERRAL_ID, "x", DOCTOR, by),
				(by) -> new RevokeReferral(CASE_ID, REFERRAL_ID, "x", by),
				(by) -> new CompleteReferral(CASE_ID, REFERRAL_ID, "x", DOCTOR, by),
				(by) -> new AcceptReferral(CASE_ID, "referral-unknown", DOCTOR, null, LEGAL_BASIS, by));
		for (Function<Acting, Object> command : commands) {
			ReferralScenarios.fixture()
				.given(reportReceived(), sentBoth(chauDoc()))
				.when(command.apply(stranger))
				.expectException(OutOfTenantScopeException.class)
				.expectNoEvents();
		}
	}

	private void expectConflict(Object command, String message, Object... answers) {
		Object[] given = new Object[answers.length + 2];
		given[0] = reportReceived();
		given[1] = sentBoth(hospital());
		System.arraycopy(answers, 0, given, 2, answers.length);
		ReferralScenarios.fixture()
			.given(given)
			.when(command)
			.expectException(ConflictException.class)
			.expectExceptionMessage(message)
			.expectNoEvents();
	}

	private static ReferralAccepted accepted() {
		return new ReferralAccepted(CASE_ID, REFERRAL_ID, DOCTOR, null, null, officer(ANSWERED));
	}

	private static Object[] handedOverToSaigon() {
		return new Object[] { reportReceived(), sentBoth(saigon()),
				new ReferralAccepted(CASE_ID, REFERRAL_ID, null, null, LEGAL_BASIS, receivingOfficer(ANSWERED)),
				new CaseHandedOver(CASE_ID, REFERRAL_ID, "91", "30406", "79", "26740", "Gia đình chuyển nhà.",
						LEGAL_BASIS, officer(REFERRED), receivingOfficer(ANSWERED)) };
	}

	private static RecordInitialAssessment assess(Acting by) {
		return new RecordInitialAssessment(CASE_ID, RiskLevel.MEDIUM, false, "Đánh giá lại tại nơi ở mới.", by);
	}

}
