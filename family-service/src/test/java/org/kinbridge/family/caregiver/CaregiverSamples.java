package org.kinbridge.family.caregiver;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.decision.api.CaregiverFoundEligible;
import org.kinbridge.family.decision.api.MatchingProfile;
import org.kinbridge.family.registration.api.Address;
import org.kinbridge.family.registration.api.CareType;
import org.kinbridge.family.registration.api.CaregiverRegistered;
import org.kinbridge.family.registration.api.Consent;
import org.kinbridge.family.registration.api.Contact;
import org.kinbridge.family.registration.api.HouseholdMember;
import org.kinbridge.family.registration.api.KinshipLink;
import org.kinbridge.family.registration.api.Person;
import org.kinbridge.family.registration.api.Preferences;
import org.kinbridge.family.registration.api.RegisterCaregiver;
import org.kinbridge.family.registration.api.RegistrationProcedure;
import org.kinbridge.family.registration.api.Relation;
import org.kinbridge.family.registration.api.Sex;
import org.kinbridge.family.vetting.FamilyVettingProperties;
import org.kinbridge.family.vetting.FamilyVettingProperties.ProvinceVetting;
import org.kinbridge.family.vetting.VettingRules;
import org.kinbridge.family.vetting.api.CheckKind;
import org.kinbridge.family.vetting.api.CheckOutcome;
import org.kinbridge.family.vetting.api.Evidence;
import org.kinbridge.family.vetting.api.ForeignResidence;
import org.kinbridge.family.vetting.api.Subjects;
import org.kinbridge.family.vetting.api.VettingCheckRecorded;

/**
 * A household of xã Phú Tân and the people who act on it, on a fixed day, for the
 * caregiver's fixture tests: the applicant, her husband (adult), their daughter of 10
 * (old enough to agree, too young for a proceedings check) and their son of 3 (neither).
 */
public final class CaregiverSamples {

	public static final String ID = "cg-00000000-0000-0000-0000-000000000001";

	public static final String PROVINCE = "91";

	public static final String COMMUNE = "30406";

	/** 10:00 in Vietnam on 28 November 2026: the fixed clock of every test. */
	public static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

	public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	public static final Person APPLICANT = new Person("Nguyễn Thị Hoa", LocalDate.of(1980, 5, 1), Sex.FEMALE,
			Person.VIETNAMESE, "091180001234");

	public static final List<HouseholdMember> HOUSEHOLD = List.of(
			new HouseholdMember("member-1", "Trần Văn Nam", LocalDate.of(1978, 2, 10), Sex.MALE, Relation.SPOUSE,
					new Consent(true, LocalDate.of(2026, 11, 20), "DONG-Y-01")),
			new HouseholdMember("member-2", "Trần Thị Mai", LocalDate.of(2016, 6, 1), Sex.FEMALE, Relation.CHILD,
					new Consent(true, LocalDate.of(2026, 11, 20), null)),
			new HouseholdMember("member-3", "Trần Văn Tí", LocalDate.of(2023, 1, 1), Sex.MALE, Relation.CHILD,
					new Consent(false, LocalDate.of(2026, 11, 20), null)));

	public static final Preferences PREFERENCES = new Preferences(3, 12, List.of(), true, List.of("DISABILITY"));

	private CaregiverSamples() {
	}

	public static AggregateTestFixture<Caregiver> fixture() {
		return fixture(new FamilyVettingProperties(Map.of()));
	}

	public static AggregateTestFixture<Caregiver> fixture(FamilyVettingProperties properties) {
		AggregateTestFixture<Caregiver> fixture = new AggregateTestFixture<>(Caregiver.class);
		fixture.registerInjectableResource(new VettingRules(properties));
		return fixture;
	}

	/**
	 * An Giang's settings with only the given ones changed from the national defaults.
	 */
	public static FamilyVettingProperties province(ProvinceVetting vetting) {
		return new FamilyVettingProperties(Map.of(PROVINCE, vetting));
	}

	public static Acting officer(Instant at) {
		return new Acting("officer.phutan", "COMMUNE_OFFICER", PROVINCE, COMMUNE, at);
	}

	public static Acting officer() {
		return officer(NOW);
	}

	public static Acting chair(Instant at) {
		return new Acting("chair.phutan", "COMMUNE_CHAIR", PROVINCE, COMMUNE, at);
	}

	public static Acting chair() {
		return chair(NOW);
	}

	/** 10:00 in Vietnam on the given day. */
	public static Instant on(LocalDate day) {
		return day.atTime(10, 0).atZone(Acting.VIETNAM).toInstant();
	}

	public static RegisterCaregiver register(Person applicant, Person coApplicant, List<HouseholdMember> household,
			List<CareType> careTypes, KinshipLink kinship, int capacity) {
		return new RegisterCaregiver(ID, new Address(COMMUNE, TODAY, "Ấp Phú Hòa"), applicant, coApplicant, household,
				new Contact("0912345678", null), careTypes, kinship, capacity, PREFERENCES, List.of("vi"), "KINH",
				"HOA_HAO", officer());
	}

	public static RegisterCaregiver register() {
		return register(APPLICANT, null, HOUSEHOLD, List.of(CareType.NON_RELATIVE), null, 2);
	}

	public static CaregiverRegistered registered(RegisterCaregiver command) {
		return new CaregiverRegistered(command.caregiverId(), command.by().provinceCode(),
				command.address().communeCode(),
				(command.kinship() != null) ? RegistrationProcedure.KINSHIP_NOTIFICATION
						: RegistrationProcedure.REGISTRATION,
				command.address(), command.applicant(), command.coApplicant(), command.household(), command.contact(),
				command.careTypes(), command.kinship(), command.capacity(), command.preferences(), command.languages(),
				command.ethnicity(), command.religion(), command.by());
	}

	public static CaregiverRegistered registered() {
		return registered(register());
	}

	public static CaregiverRegistered registered(Person applicant) {
		return registered(register(applicant, null, HOUSEHOLD, List.of(CareType.NON_RELATIVE), null, 2));
	}

	public static CaregiverRegistered registered(int capacity) {
		return registered(register(APPLICANT, null, HOUSEHOLD, List.of(CareType.NON_RELATIVE), null, capacity));
	}

	/**
	 * A passed check as the aggregate records it under the national periods, its document
	 * issued on {@code issuedOn} and verified that day by the officer.
	 */
	public static VettingCheckRecorded passed(CheckKind kind, String subject, LocalDate issuedOn) {
		return passed(kind, subject, issuedOn, false, null, officer(on(issuedOn)));
	}

	public static VettingCheckRecorded passed(CheckKind kind, String subject, LocalDate issuedOn, boolean foreigner,
			ForeignResidence residence, Acting by) {
		Evidence evidence = new Evidence(kind + "-" + subject, issuedOn, null);
		LocalDate expiresOn = new VettingRules(new FamilyVettingProperties(Map.of())).of(PROVINCE)
			.expiresOn(kind, foreigner, evidence, residence, by.on());
		return new VettingCheckRecorded(ID, kind, subject, CheckOutcome.PASSED, evidence, residence, null, expiresOn,
				by);
	}

	/**
	 * Every check the sample household needs under the national rules, passed with
	 * documents issued on {@code issuedOn}.
	 */
	public static List<Object> allChecksPassed(LocalDate issuedOn) {
		List<Object> checks = new ArrayList<>();
		for (CheckKind kind : List.of(CheckKind.RESIDES_IN_VIETNAM, CheckKind.FULL_CIVIL_CAPACITY,
				CheckKind.HEALTH_CERTIFICATE, CheckKind.NO_CHILD_ABUSE_PROCEEDINGS, CheckKind.VOLUNTARY)) {
			checks.add(passed(kind, Subjects.APPLICANT, issuedOn));
		}
		checks.add(passed(CheckKind.SUITABLE_HOUSING_AND_MEANS, Subjects.HOUSEHOLD, issuedOn));
		checks.add(passed(CheckKind.NO_CHILD_ABUSE_PROCEEDINGS, "member-1", issuedOn));
		checks.add(passed(CheckKind.HOUSEHOLD_CONSENT, "member-1", issuedOn));
		checks.add(passed(CheckKind.HOUSEHOLD_CONSENT, "member-2", issuedOn));
		return checks;
	}

	/** Registered and fully vetted, with documents a month old. */
	public static List<Object> vetted() {
		List<Object> events = new ArrayList<>();
		events.add(registered());
		events.addAll(allChecksPassed(TODAY.minusMonths(1)));
		return events;
	}

	public static CaregiverFoundEligible foundEligible(CaregiverRegistered registered, Acting by) {
		return new CaregiverFoundEligible(ID, PROVINCE, COMMUNE, "15/QĐ-UBND", null,
				"Luật Trẻ em 2016, Điều 63 khoản 2",
				new MatchingProfile(registered.careTypes(), null, registered.capacity(), 0, registered.preferences(),
						registered.languages(), registered.ethnicity(), registered.religion(),
						registered.applicant().sex(), registered.applicant().dateOfBirth(), 4),
				by);
	}

	/** Registered, vetted and found eligible a week ago. */
	public static List<Object> eligible() {
		List<Object> events = vetted();
		events.add(foundEligible(registered(), chair(on(TODAY.minusDays(7)))));
		return events;
	}

	public static List<Object> eligible(int capacity) {
		List<Object> events = new ArrayList<>();
		CaregiverRegistered registered = registered(capacity);
		events.add(registered);
		events.addAll(allChecksPassed(TODAY.minusMonths(1)));
		events.add(foundEligible(registered, chair(on(TODAY.minusDays(7)))));
		return events;
	}

}
