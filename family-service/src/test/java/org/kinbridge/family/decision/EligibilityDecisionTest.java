package org.kinbridge.family.decision;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.kinbridge.family.caregiver.CaregiverSamples.APPLICANT;
import static org.kinbridge.family.caregiver.CaregiverSamples.HOUSEHOLD;
import static org.kinbridge.family.caregiver.CaregiverSamples.ID;
import static org.kinbridge.family.caregiver.CaregiverSamples.NOW;
import static org.kinbridge.family.caregiver.CaregiverSamples.TODAY;
import static org.kinbridge.family.caregiver.CaregiverSamples.allChecksPassed;
import static org.kinbridge.family.caregiver.CaregiverSamples.chair;
import static org.kinbridge.family.caregiver.CaregiverSamples.eligible;
import static org.kinbridge.family.caregiver.CaregiverSamples.fixture;
import static org.kinbridge.family.caregiver.CaregiverSamples.officer;
import static org.kinbridge.family.caregiver.CaregiverSamples.on;
import static org.kinbridge.family.caregiver.CaregiverSamples.passed;
import static org.kinbridge.family.caregiver.CaregiverSamples.province;
import static org.kinbridge.family.caregiver.CaregiverSamples.register;
import static org.kinbridge.family.caregiver.CaregiverSamples.registered;
import static org.kinbridge.family.caregiver.CaregiverSamples.vetted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.family.caregiver.Caregiver;
import org.kinbridge.family.caregiver.CaregiverState;
import org.kinbridge.family.caregiver.CaregiverStatus;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.decision.api.CaregiverFoundEligible;
import org.kinbridge.family.decision.api.CaregiverFoundIneligible;
import org.kinbridge.family.decision.api.FindEligible;
import org.kinbridge.family.decision.api.FindIneligible;
import org.kinbridge.family.decision.api.MatchingProfile;
import org.kinbridge.family.decision.api.RegistrationWithdrawn;
import org.kinbridge.family.decision.api.WithdrawRegistration;
import org.kinbridge.family.registration.api.CareType;
import org.kinbridge.family.registration.api.CaregiverRegistered;
import org.kinbridge.family.registration.api.KinRelation;
import org.kinbridge.family.registration.api.KinshipLink;
import org.kinbridge.family.registration.api.Person;
import org.kinbridge.family.registration.api.Sex;
import org.kinbridge.family.vetting.FamilyVettingProperties.JudicialRecordRequirement;
import org.kinbridge.family.vetting.FamilyVettingProperties.ProvinceVetting;
import org.kinbridge.family.vetting.api.CheckKind;
import org.kinbridge.family.vetting.api.CheckOutcome;
import org.kinbridge.family.vetting.api.CounsellingAttendanceRecorded;
import org.kinbridge.family.vetting.api.CounsellingKind;
import org.kinbridge.family.vetting.api.CounsellingOffered;
import org.kinbridge.family.vetting.api.Evidence;
import org.kinbridge.family.vetting.api.ForeignResidence;
import org.kinbridge.family.vetting.api.Subjects;
import org.kinbridge.family.vetting.api.VettingCheckRecorded;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.ForbiddenException;

/**
 * The commune chair's decision on 28 November 2026: eligible only if every check the
 * household needs passed and still holds that day, and never by someone who verified.
 */
class EligibilityDecisionTest {

	private static final String LEGAL_BASIS = "Luật Trẻ em 2016, Điều 63 khoản 2";

	private AggregateTestFixture<Caregiver> fixture;

	@BeforeEach
	void newFixture() {
		this.fixture = fixture();
	}

	@Test
	void findsEligibleWhenEveryRequiredCheckPassedAndPublishesTheMatchingProfile() {
		CaregiverRegistered registered = registered();
		this.fixture.given(vetted())
			.when(findEligible(chair()))
			.expectResultMessagePayload(new CaregiverStatus(ID, CaregiverState.ELIGIBLE, 2, 0, 2))
			.expectEvents(
					new CaregiverFoundEligible(ID, "91", "30406", "15/QĐ-UBND", null, LEGAL_BASIS,
							new MatchingProfile(List.of(CareType.NON_RELATIVE), null, 2, 0, registered.preferences(),
									List.of("vi"), "KINH", "HOA_HAO", Sex.FEMALE, LocalDate.of(1980, 5, 1), 4),
							chair()));
	}

	@Test
	void aHealthCertificateSixMonthsAndOneDayOldOnTheDecisionDayBlocksEligibility() {
		List<Object> given = vettedExcept(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT);
		given.add(passed(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, TODAY.minusMonths(6).minusDays(1)));
		this.fixture.given(given)
			.when(findEligible(chair()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("HEALTH_CERTIFICATE of applicant expired on " + TODAY.minusDays(1)))
			.expectNoEvents();
	}

	@Test
	void aHealthCertificateExactlySixMonthsOldOnTheDecisionDayStillHolds() {
		List<Object> given = vettedExcept(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT);
		given.add(passed(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, TODAY.minusMonths(6)));
		this.fixture.given(given).when(findEligible(chair())).expectSuccessfulHandlerExecution();
	}

	@Test
	void anExpiredProceedingsCheckOfAHouseholdMemberBlocksEligibility() {
		List<Object> given = vettedExcept(CheckKind.NO_CHILD_ABUSE_PROCEEDINGS, "member-1");
		given.add(passed(CheckKind.NO_CHILD_ABUSE_PROCEEDINGS, "member-1", TODAY.minusMonths(13)));
		this.fixture.given(given)
			.when(findEligible(chair()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("NO_CHILD_ABUSE_PROCEEDINGS of member-1 expired"))
			.expectNoEvents();
	}

	@Test
	void aMissingConsentOfAHouseholdMemberBlocksEligibility() {
		this.fixture.given(vettedExcept(CheckKind.HOUSEHOLD_CONSENT, "member-2"))
			.when(findEligible(chair()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("HOUSEHOLD_CONSENT of member-2 is missing"))
			.expectNoEvents();
	}

	@Test
	void aFailedHomeVisitBlocksEligibilityEvenIfRecordedAfterAPassedOne() {
		List<Object> given = vetted();
		given.add(new VettingCheckRecorded(ID, CheckKind.SUITABLE_HOUSING_AND_MEANS, Subjects.HOUSEHOLD,
				CheckOutcome.FAILED, new Evidence("BB-THAM-NHA-2", TODAY, null), null, "Nhà đang sửa.", null,
				officer()));
		this.fixture.given(given)
			.when(findEligible(chair()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("SUITABLE_HOUSING_AND_MEANS of household failed"))
			.expectNoEvents();
	}

	@Test
	void aForeignerWhoseRemainingStayFellBelowTwelveMonthsIsNotEligible() {
		Person foreigner = new Person("Kim Sokha", LocalDate.of(1985, 3, 3), Sex.FEMALE, "KH", "N01234567");
		LocalDate verified = TODAY.minusMonths(2);
		ForeignResidence residence = new ForeignResidence(verified.minusYears(2), TODAY.plusMonths(11));
		List<Object> given = new ArrayList<>();
		given.add(registered(foreigner));
		given.addAll(allChecksPassed(TODAY.minusMonths(1)));
		given.add(passed(CheckKind.RESIDES_IN_VIETNAM, Subjects.APPLICANT, verified, true, residence,
				officer(on(verified))));
		given.add(passed(CheckKind.JUDICIAL_RECORD, Subjects.APPLICANT, TODAY.minusMonths(1)));
		this.fixture.given(given)
			.when(findEligible(chair()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("RESIDES_IN_VIETNAM of applicant expired"))
			.expectNoEvents();
	}

	@Test
	void aForeignerNeedsAJudicialRecordAVietnameseApplicantDoesNot() {
		Person foreigner = new Person("Kim Sokha", LocalDate.of(1985, 3, 3), Sex.FEMALE, "KH", "N01234567");
		List<Object> given = new ArrayList<>();
		given.add(registered(foreigner));
		given.addAll(allChecksPassed(TODAY.minusMonths(1)));
		this.fixture.given(given)
			.when(findEligible(chair()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("JUDICIAL_RECORD of applicant is missing"))
			.expectNoEvents();
	}

	@Test
	void aProvinceCanAskForEveryApplicantsJudicialRecord() {
		this.fixture = fixture(province(new ProvinceVetting(null, null, null, null,
				JudicialRecordRequirement.ALL_APPLICANTS, null, null, null, null, null, null, null, null)));
		this.fixture.given(vetted())
			.when(findEligible(chair()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("JUDICIAL_RECORD of applicant is missing"))
			.expectNoEvents();
	}

	@Test
	void aProvinceCanRequireAnAttendedCounsellingSession() {
		this.fixture = fixture(province(
				new ProvinceVetting(null, null, null, null, null, null, null, null, null, true, null, null, null)));
		this.fixture.given(vetted())
			.when(findEligible(chair()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("counselling"))
			.expectNoEvents();
		List<Object> attended = vetted();
		attended.add(new CounsellingOffered(ID, "session-1", CounsellingKind.COUNSELLING, "Tư vấn chăm sóc thay thế",
				null, TODAY.minusDays(10), officer()));
		attended.add(new CounsellingAttendanceRecorded(ID, "session-1", true, null, officer()));
		this.fixture.given(attended).when(findEligible(chair())).expectSuccessfulHandlerExecution();
	}

	@Test
	void aKinshipNotificationNeedsOnlyTheChecksTheProvinceDoesNotWaive() {
		this.fixture = fixture(province(new ProvinceVetting(null, null, null, null, null, null, null, null, null, null,
				null, Set.of(CheckKind.SUITABLE_HOUSING_AND_MEANS), null)));
		KinshipLink grandchild = new KinshipLink("case-11111111-2222-3333-4444-555555555555", "Nguyễn Văn An",
				KinRelation.GRANDPARENT);
		List<Object> given = new ArrayList<>();
		given.add(registered(register(APPLICANT, null, HOUSEHOLD, List.of(CareType.KINSHIP), grandchild, 1)));
		given.addAll(allChecksPassed(TODAY.minusMonths(1)).stream()
			.filter(check -> ((VettingCheckRecorded) check).kind() != CheckKind.SUITABLE_HOUSING_AND_MEANS)
			.toList());
		this.fixture.given(given)
			.when(findEligible(chair()))
			.expectEventsMatching(payloadsMatching(exactSequenceOf(matches(
					(CaregiverFoundEligible eligible) -> grandchild.caseId().equals(eligible.profile().kinCaseId())),
					andNoMore())));
	}

	@Test
	void aChairWhoVerifiedACheckCannotFindTheCaregiverEligible() {
		List<Object> given = vetted();
		given.add(passed(CheckKind.VOLUNTARY, Subjects.APPLICANT, TODAY, false, null, chair()));
		this.fixture.given(given)
			.when(findEligible(chair()))
			.expectException(ForbiddenException.class)
			.expectExceptionMessage(containsString("another commune chair"))
			.expectNoEvents();
	}

	@Test
	void aChairWhoVerifiedACheckThatWasLaterReplacedStillCannotDecide() {
		List<Object> given = new ArrayList<>();
		given.add(registered());
		given.add(passed(CheckKind.VOLUNTARY, Subjects.APPLICANT, TODAY.minusMonths(2), false, null,
				chair(on(TODAY.minusMonths(2)))));
		given.addAll(allChecksPassed(TODAY.minusMonths(1)));
		this.fixture.given(given)
			.when(new FindIneligible(ID, null, "Không đủ điều kiện nhà ở.", LEGAL_BASIS, chair()))
			.expectException(ForbiddenException.class)
			.expectNoEvents();
	}

	@Test
	void anotherChairCanDecideWhereTheFirstVerified() {
		List<Object> given = vetted();
		given.add(passed(CheckKind.VOLUNTARY, Subjects.APPLICANT, TODAY, false, null, chair()));
		Acting deputy = new Acting("deputy-chair.phutan", "COMMUNE_CHAIR", "91", "30406", NOW);
		this.fixture.given(given).when(findEligible(deputy)).expectSuccessfulHandlerExecution();
	}

	@Test
	void findsIneligibleForAStatedReason() {
		this.fixture.given(registered())
			.when(new FindIneligible(ID, "16/QĐ-UBND", "Đang bị điều tra về hành vi bạo lực gia đình.", LEGAL_BASIS,
					chair()))
			.expectResultMessagePayload(new CaregiverStatus(ID, CaregiverState.INELIGIBLE, 2, 0, 2))
			.expectEvents(new CaregiverFoundIneligible(ID, "16/QĐ-UBND",
					"Đang bị điều tra về hành vi bạo lực gia đình.", LEGAL_BASIS, chair()));
	}

	@Test
	void aCaregiverFoundEligibleCannotBeDecidedAgainAndTheConflictNamesTheState() {
		this.fixture.given(eligible())
			.when(findEligible(chair()))
			.expectException(ConflictException.class)
			.expectExceptionMessage(allOf(containsString("ELIGIBLE"), containsString("REGISTERED or VETTING")))
			.expectNoEvents();
	}

	@Test
	void aWithdrawnRegistrationCannotBeDecided() {
		this.fixture.given(registered(), new RegistrationWithdrawn(ID, "Gia đình đổi ý.", officer()))
			.when(new FindIneligible(ID, null, "Không liên lạc được.", LEGAL_BASIS, chair()))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("WITHDRAWN"))
			.expectNoEvents();
	}

	@Test
	void theApplicantCanWithdrawBeforeTheDecisionButNotAfter() {
		this.fixture.given(vetted())
			.when(new WithdrawRegistration(ID, "Gia đình chuyển vào TP. Hồ Chí Minh.", officer()))
			.expectEvents(new RegistrationWithdrawn(ID, "Gia đình chuyển vào TP. Hồ Chí Minh.", officer()));
		this.fixture.given(eligible())
			.when(new WithdrawRegistration(ID, "Gia đình đổi ý.", officer()))
			.expectException(ConflictException.class)
			.expectNoEvents();
	}

	private static FindEligible findEligible(Acting by) {
		return new FindEligible(ID, "15/QĐ-UBND", null, LEGAL_BASIS, by);
	}

	/** The sample household fully vetted but for one check. */
	private static List<Object> vettedExcept(CheckKind kind, String subject) {
		List<Object> given = new ArrayList<>();
		for (Object event : vetted()) {
			if (!(event instanceof VettingCheckRecorded check && check.kind() == kind
					&& check.subject().equals(subject))) {
				given.add(event);
			}
		}
		return given;
	}

}
