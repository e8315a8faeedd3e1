package org.kinbridge.family.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.kinbridge.family.caregiver.CaregiverSamples.APPLICANT;
import static org.kinbridge.family.caregiver.CaregiverSamples.COMMUNE;
import static org.kinbridge.family.caregiver.CaregiverSamples.HOUSEHOLD;
import static org.kinbridge.family.caregiver.CaregiverSamples.ID;
import static org.kinbridge.family.caregiver.CaregiverSamples.NOW;
import static org.kinbridge.family.caregiver.CaregiverSamples.PROVINCE;
import static org.kinbridge.family.caregiver.CaregiverSamples.TODAY;
import static org.kinbridge.family.caregiver.CaregiverSamples.fixture;
import static org.kinbridge.family.caregiver.CaregiverSamples.officer;
import static org.kinbridge.family.caregiver.CaregiverSamples.province;
import static org.kinbridge.family.caregiver.CaregiverSamples.registered;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.family.caregiver.Caregiver;
import org.kinbridge.family.caregiver.CaregiverState;
import org.kinbridge.family.caregiver.CaregiverStatus;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.decision.api.RegistrationWithdrawn;
import org.kinbridge.family.registration.api.Person;
import org.kinbridge.family.registration.api.RegistrationProcedure;
import org.kinbridge.family.registration.api.Sex;
import org.kinbridge.family.vetting.FamilyVettingProperties.ProvinceVetting;
import org.kinbridge.family.vetting.api.CheckKind;
import org.kinbridge.family.vetting.api.CheckOutcome;
import org.kinbridge.family.vetting.api.CounsellingKind;
import org.kinbridge.family.vetting.api.CounsellingOffered;
import org.kinbridge.family.vetting.api.Evidence;
import org.kinbridge.family.vetting.api.ForeignResidence;
import org.kinbridge.family.vetting.api.OfferCounselling;
import org.kinbridge.family.vetting.api.RecordCounsellingAttendance;
import org.kinbridge.family.vetting.api.RecordVettingCheck;
import org.kinbridge.family.vetting.api.ReverificationDue;
import org.kinbridge.family.vetting.api.Subjects;
import org.kinbridge.family.vetting.api.VettingCheckRecorded;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;

/**
 * Recording the Art. 63(2) checks on 28 November 2026: each check keeps its evidence, who
 * verified it and when, and the last day it holds under the province's periods.
 */
class VettingTest {

	private static final Person FOREIGNER = new Person("Kim Sokha", LocalDate.of(1985, 3, 3), Sex.FEMALE, "KH",
			"N01234567");

	private AggregateTestFixture<Caregiver> fixture;

	@BeforeEach
	void newFixture() {
		this.fixture = fixture();
	}

	@Test
	void aHealthCertificateHoldsForSixMonthsFromItsIssue() {
		LocalDate issued = LocalDate.of(2026, 10, 2);
		this.fixture.given(registered())
			.when(check(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, issued))
			.expectResultMessagePayload(new CaregiverStatus(ID, CaregiverState.VETTING, 2, 0, 2))
			.expectEvents(new VettingCheckRecorded(ID, CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT,
					CheckOutcome.PASSED, new Evidence("GKSK-2026-0412", issued, null), null, null,
					LocalDate.of(2027, 4, 2), officer()));
	}

	@Test
	void aHealthCertificateExactlySixMonthsOldIsAccepted() {
		this.fixture.given(registered())
			.when(check(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, TODAY.minusMonths(6)))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void aHealthCertificateSixMonthsAndOneDayOldIsRefused() {
		this.fixture.given(registered())
			.when(check(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, TODAY.minusMonths(6).minusDays(1)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("no longer holds"))
			.expectNoEvents();
	}

	@Test
	void aProvinceMayAskForAFresherHealthCertificate() {
		this.fixture = fixture(province(
				new ProvinceVetting(3, null, null, null, null, null, null, null, null, null, null, null, null)));
		this.fixture.given(registered())
			.when(check(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, TODAY.minusMonths(4)))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void aDocumentsOwnEarlierEndOfValidityWins() {
		LocalDate issued = TODAY.minusMonths(1);
		LocalDate statedEnd = TODAY.plusMonths(1);
		this.fixture.given(registered())
			.when(new RecordVettingCheck(ID, CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, CheckOutcome.PASSED,
					new Evidence("GKSK-1", issued, statedEnd), null, null, officer()))
			.expectEvents(
					new VettingCheckRecorded(ID, CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, CheckOutcome.PASSED,
							new Evidence("GKSK-1", issued, statedEnd), null, null, statedEnd, officer()),
					new ReverificationDue(ID, PROVINCE, COMMUNE, CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT,
							statedEnd, startOf(statedEnd.minusDays(30))));
	}

	@Test
	void aWarningIsScheduledThirtyDaysBeforeTheEvidenceEnds() {
		this.fixture.given(registered())
			.when(check(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, LocalDate.of(2026, 10, 2)))
			.expectScheduledDeadlineWithName(startOf(LocalDate.of(2027, 3, 3)), Caregiver.EVIDENCE_EXPIRY_DEADLINE);
	}

	@Test
	void whenTheWarningDayComesTheCaregiverIsDueForReverification() {
		this.fixture.givenCurrentTime(NOW)
			.andGiven(registered())
			.andGivenCommands(check(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, LocalDate.of(2026, 10, 2)))
			.whenTimeAdvancesTo(startOf(LocalDate.of(2027, 3, 3)))
			.expectEvents(new ReverificationDue(ID, PROVINCE, COMMUNE, CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT,
					LocalDate.of(2027, 4, 2), startOf(LocalDate.of(2027, 3, 3))));
	}

	@Test
	void noWarningIsRaisedForEvidenceVerifiedAgainSince() {
		this.fixture.givenCurrentTime(NOW)
			.andGiven(registered())
			.andGivenCommands(check(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, LocalDate.of(2026, 10, 2)),
					check(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, TODAY))
			.whenTimeAdvancesTo(startOf(LocalDate.of(2027, 3, 3)))
			.expectNoEvents();
	}

	@Test
	void aProvinceConfiguresHowLongBeforeTheEndItIsWarned() {
		this.fixture = fixture(province(
				new ProvinceVetting(null, null, null, null, null, null, null, null, null, null, 60, null, null)));
		this.fixture.given(registered())
			.when(check(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, LocalDate.of(2026, 10, 2)))
			.expectScheduledDeadlineWithName(startOf(LocalDate.of(2027, 2, 1)), Caregiver.EVIDENCE_EXPIRY_DEADLINE);
	}

	@Test
	void aPassedHealthCertificateNeedsTheDateItWasIssued() {
		this.fixture.given(registered())
			.when(new RecordVettingCheck(ID, CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, CheckOutcome.PASSED,
					new Evidence("GKSK-1", null, null), null, null, officer()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("evidence.issuedOn"))
			.expectNoEvents();
	}

	@Test
	void aFailedCheckIsRecordedWithoutExpiry() {
		this.fixture.given(registered())
			.when(new RecordVettingCheck(ID, CheckKind.SUITABLE_HOUSING_AND_MEANS, Subjects.HOUSEHOLD,
					CheckOutcome.FAILED, new Evidence("BB-THAM-NHA-7", null, null), null, "Nhà tạm, dột.", officer()))
			.expectEvents(new VettingCheckRecorded(ID, CheckKind.SUITABLE_HOUSING_AND_MEANS, Subjects.HOUSEHOLD,
					CheckOutcome.FAILED, new Evidence("BB-THAM-NHA-7", null, null), null, "Nhà tạm, dột.", null,
					officer()));
	}

	@Test
	void aForeignerResidentForSixMonthsAndAllowedTwelveMoreIsAccepted() {
		ForeignResidence residence = new ForeignResidence(TODAY.minusMonths(6), TODAY.plusMonths(12));
		this.fixture.given(registered(FOREIGNER))
			.when(residence(residence))
			.expectEvents(
					new VettingCheckRecorded(ID, CheckKind.RESIDES_IN_VIETNAM, Subjects.APPLICANT, CheckOutcome.PASSED,
							new Evidence("THE-TAM-TRU-1", null, null), residence, null, TODAY, officer()),
					new ReverificationDue(ID, PROVINCE, COMMUNE, CheckKind.RESIDES_IN_VIETNAM, Subjects.APPLICANT,
							TODAY, startOf(TODAY.minusDays(30))));
	}

	@Test
	void aForeignerResidentForOneDayLessThanSixMonthsIsRefused() {
		this.fixture.given(registered(FOREIGNER))
			.when(residence(new ForeignResidence(TODAY.minusMonths(6).plusDays(1), TODAY.plusYears(2))))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("at least 6 months"))
			.expectNoEvents();
	}

	@Test
	void aForeignerAllowedToStayOneDayLessThanTwelveMoreMonthsIsRefused() {
		this.fixture.given(registered(FOREIGNER))
			.when(residence(new ForeignResidence(TODAY.minusYears(3), TODAY.plusMonths(12).minusDays(1))))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("12 more months"))
			.expectNoEvents();
	}

	@Test
	void aForeignersResidenceNeedsTheResidenceCardDates() {
		this.fixture.given(registered(FOREIGNER))
			.when(residence(null))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void aVietnameseApplicantsResidenceDoesNotExpire() {
		this.fixture.given(registered())
			.when(new RecordVettingCheck(ID, CheckKind.RESIDES_IN_VIETNAM, Subjects.APPLICANT, CheckOutcome.PASSED,
					new Evidence("CT07-123", null, null), null, null, officer()))
			.expectEvents(new VettingCheckRecorded(ID, CheckKind.RESIDES_IN_VIETNAM, Subjects.APPLICANT,
					CheckOutcome.PASSED, new Evidence("CT07-123", null, null), null, null, null, officer()));
	}

	@Test
	void aHealthCertificateCannotBeRecordedForAHouseholdMember() {
		this.fixture.given(registered())
			.when(check(CheckKind.HEALTH_CERTIFICATE, "member-1", TODAY))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("member-1"))
			.expectNoEvents();
	}

	@Test
	void aCheckCannotBeRecordedAboutSomeoneOutsideTheHousehold() {
		this.fixture.given(registered())
			.when(check(CheckKind.HOUSEHOLD_CONSENT, "member-9", TODAY))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void aWithdrawnRegistrationIsNotVettedAndTheConflictNamesItsState() {
		this.fixture.given(registered(), new RegistrationWithdrawn(ID, "Chuyển đi nơi khác.", officer()))
			.when(check(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, TODAY))
			.expectException(ConflictException.class)
			.expectExceptionMessage(allOf(containsString("WITHDRAWN"), containsString("recording a vetting check")))
			.expectNoEvents();
	}

	@Test
	void anOfficerOfAnotherCommuneCannotRecordChecks() {
		Acting elsewhere = new Acting("officer.phuthanh", "COMMUNE_OFFICER", PROVINCE, "30410", NOW);
		this.fixture.given(registered())
			.when(new RecordVettingCheck(ID, CheckKind.VOLUNTARY, Subjects.APPLICANT, CheckOutcome.PASSED,
					new Evidence("DON-08", null, null), null, null, elsewhere))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
	}

	@Test
	void anOfficerOfAnotherProvinceCannotRecordChecks() {
		Acting saigon = new Acting("officer.saigon", "PROVINCE_OFFICER", "79", null, NOW);
		this.fixture.given(registered())
			.when(new RecordVettingCheck(ID, CheckKind.VOLUNTARY, Subjects.APPLICANT, CheckOutcome.PASSED,
					new Evidence("DON-08", null, null), null, null, saigon))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
	}

	@Test
	void attendanceCanOnlyBeRecordedForAnOfferedSession() {
		this.fixture.given(registered())
			.when(new RecordCounsellingAttendance(ID, "session-1", true, null, officer()))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void theSameSessionCannotBeOfferedTwice() {
		OfferCounselling offer = new OfferCounselling(ID, "session-1", CounsellingKind.TRAINING, "Kỹ năng chăm sóc trẻ",
				"Trung tâm CTXH", TODAY.plusDays(3), officer());
		this.fixture
			.given(registered(),
					new CounsellingOffered(ID, "session-1", CounsellingKind.TRAINING, "Kỹ năng chăm sóc trẻ",
							"Trung tâm CTXH", TODAY.plusDays(3), officer()))
			.when(offer)
			.expectException(ConflictException.class)
			.expectNoEvents();
	}

	@Test
	void theChecklistNamesEveryApplicantCheckAndTheMembersOldEnough() {
		Household household = new Household(RegistrationProcedure.REGISTRATION, APPLICANT, FOREIGNER, HOUSEHOLD);
		ProvinceVettingRules rules = new VettingRules(new FamilyVettingProperties(Map.of())).of(PROVINCE);

		assertThat(VettingChecklist.required(household, rules, TODAY)).extracting(RequiredCheck::toString)
			.containsExactlyInAnyOrder("RESIDES_IN_VIETNAM of applicant", "FULL_CIVIL_CAPACITY of applicant",
					"HEALTH_CERTIFICATE of applicant", "NO_CHILD_ABUSE_PROCEEDINGS of applicant",
					"VOLUNTARY of applicant", "RESIDES_IN_VIETNAM of co-applicant",
					"FULL_CIVIL_CAPACITY of co-applicant", "HEALTH_CERTIFICATE of co-applicant",
					"JUDICIAL_RECORD of co-applicant", "NO_CHILD_ABUSE_PROCEEDINGS of co-applicant",
					"VOLUNTARY of co-applicant", "SUITABLE_HOUSING_AND_MEANS of household",
					"NO_CHILD_ABUSE_PROCEEDINGS of member-1", "HOUSEHOLD_CONSENT of member-1",
					"HOUSEHOLD_CONSENT of member-2");
		assertThat(Set.of(CheckKind.values())).as("every kind of check appears on some checklist")
			.allMatch(kind -> VettingChecklist.PER_APPLICANT.contains(kind)
					|| VettingChecklist.PER_MEMBER.contains(kind) || VettingChecklist.PER_HOUSEHOLD.contains(kind));
	}

	private static RecordVettingCheck check(CheckKind kind, String subject, LocalDate issuedOn) {
		return new RecordVettingCheck(ID, kind, subject, CheckOutcome.PASSED,
				new Evidence("GKSK-2026-0412", issuedOn, null), null, null, officer());
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(Acting.VIETNAM).toInstant();
	}

	private static RecordVettingCheck residence(ForeignResidence residence) {
		return new RecordVettingCheck(ID, CheckKind.RESIDES_IN_VIETNAM, Subjects.APPLICANT, CheckOutcome.PASSED,
				new Evidence("THE-TAM-TRU-1", null, null), residence, null, officer());
	}

}
