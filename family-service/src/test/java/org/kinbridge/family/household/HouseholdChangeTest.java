package org.kinbridge.family.household;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.kinbridge.family.caregiver.CaregiverSamples.COMMUNE;
import static org.kinbridge.family.caregiver.CaregiverSamples.ID;
import static org.kinbridge.family.caregiver.CaregiverSamples.NOW;
import static org.kinbridge.family.caregiver.CaregiverSamples.PROVINCE;
import static org.kinbridge.family.caregiver.CaregiverSamples.TODAY;
import static org.kinbridge.family.caregiver.CaregiverSamples.chair;
import static org.kinbridge.family.caregiver.CaregiverSamples.eligible;
import static org.kinbridge.family.caregiver.CaregiverSamples.fixture;
import static org.kinbridge.family.caregiver.CaregiverSamples.officer;
import static org.kinbridge.family.caregiver.CaregiverSamples.passed;
import static org.kinbridge.family.caregiver.CaregiverSamples.province;
import static org.kinbridge.family.caregiver.CaregiverSamples.vetted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.family.caregiver.Caregiver;
import org.kinbridge.family.caregiver.CaregiverState;
import org.kinbridge.family.caregiver.CaregiverStatus;
import org.kinbridge.family.caregiver.HouseholdChangeOutcome;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.decision.api.CaregiverFoundIneligible;
import org.kinbridge.family.decision.api.FindEligible;
import org.kinbridge.family.household.api.HouseholdChangeKind;
import org.kinbridge.family.household.api.HouseholdChangeReported;
import org.kinbridge.family.household.api.ReportHouseholdChange;
import org.kinbridge.family.registration.api.Consent;
import org.kinbridge.family.registration.api.HouseholdMember;
import org.kinbridge.family.registration.api.Relation;
import org.kinbridge.family.registration.api.Sex;
import org.kinbridge.family.standing.api.CaregiverReinstated;
import org.kinbridge.family.standing.api.CaregiverSuspended;
import org.kinbridge.family.standing.api.ReinstateCaregiver;
import org.kinbridge.family.vetting.FamilyVettingProperties.ProvinceVetting;
import org.kinbridge.family.vetting.api.CheckKind;
import org.kinbridge.family.vetting.api.ReverificationRequired;
import org.kinbridge.family.vetting.api.Subjects;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;

/**
 * Changes in the household of the sample family (husband, daughter of 10, son of 3)
 * recorded on 28 November 2026: each makes some checks doubtful until they are verified
 * again, and a province may suspend the caregiver meanwhile.
 */
class HouseholdChangeTest {

	private static final String CHANGE = "hc-1";

	private static final Instant REPORTED_AT = NOW.minusSeconds(3600);

	private static final HouseholdMember GRANDMOTHER = new HouseholdMember(null, "Lê Thị Bảy", LocalDate.of(1950, 3, 3),
			Sex.FEMALE, Relation.PARENT, new Consent(true, TODAY, "DONG-Y-04"));

	private AggregateTestFixture<Caregiver> fixture;

	@BeforeEach
	void newFixture() {
		this.fixture = fixture();
	}

	@Test
	void aMemberWhoJoinsGetsTheNextIdAndNeedsTheirConsentTheProceedingsCheckAndAHomeVisit() {
		HouseholdMember joined = withId(GRANDMOTHER, "member-4");
		this.fixture.given(eligible())
			.when(report(HouseholdChangeKind.MEMBER_JOINED, null, GRANDMOTHER))
			.expectResultMessagePayload(new HouseholdChangeOutcome("member-4",
					List.of("NO_CHILD_ABUSE_PROCEEDINGS of member-4", "HOUSEHOLD_CONSENT of member-4",
							"SUITABLE_HOUSING_AND_MEANS of household"),
					new CaregiverStatus(ID, CaregiverState.ELIGIBLE, 2, 0, 2)))
			.expectEvents(reported(HouseholdChangeKind.MEMBER_JOINED, "member-4", joined),
					required(CheckKind.NO_CHILD_ABUSE_PROCEEDINGS, "member-4"),
					required(CheckKind.HOUSEHOLD_CONSENT, "member-4"),
					required(CheckKind.SUITABLE_HOUSING_AND_MEANS, Subjects.HOUSEHOLD));
	}

	@Test
	void aBabyWhoJoinsIsTooYoungToAgreeOrBeCheckedSoOnlyTheHomeVisitIsDoubtful() {
		HouseholdMember baby = new HouseholdMember(null, "Trần Văn Út", LocalDate.of(2026, 9, 1), Sex.MALE,
				Relation.CHILD, new Consent(false, TODAY, null));
		this.fixture.given(eligible())
			.when(report(HouseholdChangeKind.MEMBER_JOINED, null, baby))
			.expectEvents(reported(HouseholdChangeKind.MEMBER_JOINED, "member-4", withId(baby, "member-4")),
					required(CheckKind.SUITABLE_HOUSING_AND_MEANS, Subjects.HOUSEHOLD));
	}

	@Test
	void aMemberWhoLeftMakesTheHomeVisitDoubtfulAndTheirIdIsNeverGivenAgain() {
		List<Object> given = eligible();
		given.add(reported(HouseholdChangeKind.MEMBER_LEFT, "member-3", null));
		this.fixture.given(eligible())
			.when(report(HouseholdChangeKind.MEMBER_LEFT, "member-3", null))
			.expectEvents(reported(HouseholdChangeKind.MEMBER_LEFT, "member-3", null),
					required(CheckKind.SUITABLE_HOUSING_AND_MEANS, Subjects.HOUSEHOLD));
		this.fixture.given(given)
			.when(report(HouseholdChangeKind.MEMBER_JOINED, null, GRANDMOTHER))
			.expectResultMessagePayloadMatching(outcome("member-4"));
		this.fixture.given(given)
			.when(report(HouseholdChangeKind.MEMBER_LEFT, "member-3", null))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("member-3 is not a member of this household"))
			.expectNoEvents();
	}

	@Test
	void aChangeInTheApplicantsHealthRequiresANewHealthCertificate() {
		this.fixture.given(eligible())
			.when(report(HouseholdChangeKind.HEALTH_CHANGED, Subjects.APPLICANT, null))
			.expectEvents(reported(HouseholdChangeKind.HEALTH_CHANGED, Subjects.APPLICANT, null),
					required(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT));
	}

	@Test
	void aChangeInAMembersHealthMakesTheHomeVisitDoubtful() {
		this.fixture.given(eligible())
			.when(report(HouseholdChangeKind.HEALTH_CHANGED, "member-1", null))
			.expectEvents(reported(HouseholdChangeKind.HEALTH_CHANGED, "member-1", null),
					required(CheckKind.SUITABLE_HOUSING_AND_MEANS, Subjects.HOUSEHOLD));
	}

	@Test
	void aChangeInTheApplicantsLegalStatusRequiresResidenceCivilCapacityAndTheProceedingsCheckAgain() {
		this.fixture.given(eligible())
			.when(report(HouseholdChangeKind.LEGAL_STATUS_CHANGED, Subjects.APPLICANT, null))
			.expectEvents(reported(HouseholdChangeKind.LEGAL_STATUS_CHANGED, Subjects.APPLICANT, null),
					required(CheckKind.RESIDES_IN_VIETNAM, Subjects.APPLICANT),
					required(CheckKind.FULL_CIVIL_CAPACITY, Subjects.APPLICANT),
					required(CheckKind.NO_CHILD_ABUSE_PROCEEDINGS, Subjects.APPLICANT));
	}

	@Test
	void aChangeInAMembersLegalStatusRequiresTheirProceedingsCheckAgain() {
		this.fixture.given(eligible())
			.when(report(HouseholdChangeKind.LEGAL_STATUS_CHANGED, "member-1", null))
			.expectEvents(reported(HouseholdChangeKind.LEGAL_STATUS_CHANGED, "member-1", null),
					required(CheckKind.NO_CHILD_ABUSE_PROCEEDINGS, "member-1"));
	}

	@Test
	void inAProvinceThatSuspendsOnHouseholdChangesAnEligibleCaregiverIsSuspendedAndMatchingIsTold() {
		this.fixture = fixture(province(suspending()));
		this.fixture.given(eligible())
			.when(report(HouseholdChangeKind.HEALTH_CHANGED, Subjects.APPLICANT, null))
			.expectResultMessagePayloadMatching(outcome(Subjects.APPLICANT))
			.expectEvents(reported(HouseholdChangeKind.HEALTH_CHANGED, Subjects.APPLICANT, null),
					required(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT),
					new CaregiverSuspended(ID, PROVINCE, COMMUNE,
							"Household change hc-1 (HEALTH_CHANGED): suspended until verified again: "
									+ "HEALTH_CERTIFICATE of applicant.",
							"Luật Trẻ em 2016, Điều 63 khoản 2; Nghị định 56/2017/NĐ-CP", officer()));
	}

	@Test
	void aCaregiverNotYetDecidedIsNotSuspendedButCannotBeFoundEligibleUntilTheChecksAreVerifiedAgain() {
		this.fixture = fixture(province(suspending()));
		List<Object> given = vetted();
		given.add(reported(HouseholdChangeKind.HEALTH_CHANGED, Subjects.APPLICANT, null));
		given.add(required(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT));
		this.fixture.given(vetted())
			.when(report(HouseholdChangeKind.HEALTH_CHANGED, Subjects.APPLICANT, null))
			.expectEvents(reported(HouseholdChangeKind.HEALTH_CHANGED, Subjects.APPLICANT, null),
					required(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT));
		this.fixture.given(given)
			.when(new FindEligible(ID, "15/QĐ-UBND", null, "Luật Trẻ em 2016, Điều 63 khoản 2", chair()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(
					containsString("HEALTH_CERTIFICATE of applicant must be verified again after a change"))
			.expectNoEvents();
	}

	@Test
	void theChairReinstatesOnlyOnceEveryDoubtfulCheckIsVerifiedAgain() {
		List<Object> given = eligible();
		given.add(reported(HouseholdChangeKind.HEALTH_CHANGED, Subjects.APPLICANT, null));
		given.add(required(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT));
		given.add(new CaregiverSuspended(ID, PROVINCE, COMMUNE, "Household change", "Luật", officer()));
		ReinstateCaregiver reinstate = new ReinstateCaregiver(ID, "Đã khám lại.", "Luật Trẻ em 2016", chair());
		this.fixture.given(given)
			.when(reinstate)
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("HEALTH_CERTIFICATE of applicant must be verified again"))
			.expectNoEvents();

		given.add(passed(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, TODAY));
		this.fixture.given(given)
			.when(reinstate)
			.expectEvents(new CaregiverReinstated(ID, PROVINCE, COMMUNE, "Đã khám lại.", "Luật Trẻ em 2016", chair()));
	}

	@Test
	void aChangeAboutSomeoneOutsideTheHouseholdIsRefusedFieldByField() {
		this.fixture.given(eligible())
			.when(report(HouseholdChangeKind.HEALTH_CHANGED, "member-9", null))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(allOf(containsString("subject: member-9"), containsString("neither")))
			.expectNoEvents();
		this.fixture.given(eligible())
			.when(report(HouseholdChangeKind.HEALTH_CHANGED, Subjects.CO_APPLICANT, null))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void aChangeCannotBeReportedAfterItIsRecorded() {
		this.fixture.given(eligible())
			.when(new ReportHouseholdChange(ID, CHANGE, HouseholdChangeKind.HEALTH_CHANGED, Subjects.APPLICANT, null,
					"Ốm.", NOW.plusSeconds(60), "Chị Hoa", officer()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("reportedAt"))
			.expectNoEvents();
	}

	@Test
	void aClosedFileTakesNoHouseholdChangeAndSaysWhy() {
		List<Object> given = vetted();
		given.add(new CaregiverFoundIneligible(ID, null, "Không đủ điều kiện.", "Luật", chair()));
		this.fixture.given(given)
			.when(report(HouseholdChangeKind.HEALTH_CHANGED, Subjects.APPLICANT, null))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The caregiver is INELIGIBLE"))
			.expectNoEvents();
	}

	@Test
	void anotherProvinceCannotRecordAChange() {
		Acting saigon = new Acting("officer.saigon", "COMMUNE_OFFICER", "79", "26740", NOW);
		this.fixture.given(eligible())
			.when(new ReportHouseholdChange(ID, CHANGE, HouseholdChangeKind.HEALTH_CHANGED, Subjects.APPLICANT, null,
					"Ốm.", REPORTED_AT, "Chị Hoa", saigon))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
	}

	// Steps

	private static ReportHouseholdChange report(HouseholdChangeKind kind, String subject, HouseholdMember joining) {
		return new ReportHouseholdChange(ID, CHANGE, kind, subject, joining, "Báo ngày 27/11.", REPORTED_AT,
				"Chị Hoa (người đăng ký)", officer());
	}

	private static HouseholdChangeReported reported(HouseholdChangeKind kind, String subject, HouseholdMember member) {
		return new HouseholdChangeReported(ID, PROVINCE, COMMUNE, CHANGE, kind, subject, member, "Báo ngày 27/11.",
				REPORTED_AT, "Chị Hoa (người đăng ký)", officer());
	}

	private static ReverificationRequired required(CheckKind kind, String subject) {
		return new ReverificationRequired(ID, PROVINCE, COMMUNE, kind, subject, CHANGE, NOW);
	}

	private static HouseholdMember withId(HouseholdMember member, String memberId) {
		return new HouseholdMember(memberId, member.fullName(), member.dateOfBirth(), member.sex(), member.relation(),
				member.consent());
	}

	private static org.hamcrest.Matcher<Object> outcome(String subject) {
		return new org.hamcrest.CustomTypeSafeMatcher<>("an outcome about " + subject) {
			@Override
			protected boolean matchesSafely(Object item) {
				return item instanceof HouseholdChangeOutcome outcome && outcome.subject().equals(subject);
			}
		};
	}

	private static ProvinceVetting suspending() {
		return new ProvinceVetting(null, null, null, null, null, null, null, null, null, null, null, null, true);
	}

}
