package org.kinbridge.family.vetting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.kinbridge.family.registration.api.HouseholdMember;
import org.kinbridge.family.registration.api.Person;
import org.kinbridge.family.registration.api.RegistrationProcedure;
import org.kinbridge.family.vetting.FamilyVettingProperties.JudicialRecordRequirement;
import org.kinbridge.family.vetting.api.CheckKind;
import org.kinbridge.family.vetting.api.Subjects;

/**
 * Which checks a household needs before it can be found eligible (Law on Children Art.
 * 63(2)): the personal conditions for each applicant, housing and means for the
 * household, and for each household member from the configured ages the absence of
 * child-abuse proceedings and their agreement. The aggregate and the read side use the
 * same list, so what an officer sees missing is what blocks the decision.
 */
public final class VettingChecklist {

	/** Checks about an applicant or co-applicant. */
	static final Set<CheckKind> PER_APPLICANT = EnumSet.of(CheckKind.RESIDES_IN_VIETNAM, CheckKind.FULL_CIVIL_CAPACITY,
			CheckKind.HEALTH_CERTIFICATE, CheckKind.JUDICIAL_RECORD, CheckKind.NO_CHILD_ABUSE_PROCEEDINGS,
			CheckKind.VOLUNTARY);

	/** Checks about a household member. */
	static final Set<CheckKind> PER_MEMBER = EnumSet.of(CheckKind.NO_CHILD_ABUSE_PROCEEDINGS,
			CheckKind.HOUSEHOLD_CONSENT);

	/** Checks about the household as a whole. */
	static final Set<CheckKind> PER_HOUSEHOLD = EnumSet.of(CheckKind.SUITABLE_HOUSING_AND_MEANS);

	private VettingChecklist() {
	}

	/**
	 * @param on the day the list is drawn up; members' ages count on it
	 * @return the checks the household needs, applicants first
	 */
	public static List<RequiredCheck> required(Household household, ProvinceVettingRules rules, LocalDate on) {
		List<RequiredCheck> required = new ArrayList<>();
		forApplicant(Subjects.APPLICANT, household.applicant(), rules, required);
		if (household.coApplicant() != null) {
			forApplicant(Subjects.CO_APPLICANT, household.coApplicant(), rules, required);
		}
		required.add(new RequiredCheck(CheckKind.SUITABLE_HOUSING_AND_MEANS, Subjects.HOUSEHOLD));
		for (HouseholdMember member : household.members()) {
			int age = member.ageOn(on);
			if (age >= rules.proceedingsCheckFromAge()) {
				required.add(new RequiredCheck(CheckKind.NO_CHILD_ABUSE_PROCEEDINGS, member.memberId()));
			}
			if (age >= rules.householdConsentFromAge()) {
				required.add(new RequiredCheck(CheckKind.HOUSEHOLD_CONSENT, member.memberId()));
			}
		}
		if (household.procedure() == RegistrationProcedure.KINSHIP_NOTIFICATION) {
			required.removeIf(check -> rules.kinshipNotificationWaives().contains(check.kind()));
		}
		return List.copyOf(required);
	}

	private static void forApplicant(String subject, Person person, ProvinceVettingRules rules,
			List<RequiredCheck> required) {
		for (CheckKind kind : PER_APPLICANT) {
			if (kind != CheckKind.JUDICIAL_RECORD || judicialRecordRequired(person, rules)) {
				required.add(new RequiredCheck(kind, subject));
			}
		}
	}

	static boolean judicialRecordRequired(Person person, ProvinceVettingRules rules) {
		return rules.judicialRecordRequiredFor() == JudicialRecordRequirement.ALL_APPLICANTS
				|| person.hasForeignNationality();
	}

	/**
	 * Whether a check of this kind can be recorded about this subject at all: a recorded
	 * check beyond the required ones, such as the judicial record of a Vietnamese
	 * applicant, is kept as evidence.
	 */
	public static boolean canBeRecorded(CheckKind kind, String subject, Household household) {
		if (household.applicant(subject).isPresent()) {
			return PER_APPLICANT.contains(kind);
		}
		if (Subjects.HOUSEHOLD.equals(subject)) {
			return PER_HOUSEHOLD.contains(kind);
		}
		return household.member(subject).isPresent() && PER_MEMBER.contains(kind);
	}

}
