package org.kinbridge.family.vetting;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kinbridge.family.household.api.HouseholdChangeKind;
import org.kinbridge.family.registration.api.HouseholdMember;
import org.kinbridge.family.registration.api.Person;
import org.kinbridge.family.registration.api.RegistrationProcedure;
import org.kinbridge.family.vetting.api.CheckKind;
import org.kinbridge.family.vetting.api.Subjects;

/**
 * Which checks a change in the household makes doubtful (Law on Children Art. 63(2),
 * Decree 56/2017), so that the commune verifies them again:
 * <ul>
 * <li>a member who joins: their agreement and the absence of child-abuse proceedings, at
 * the ages the checklist asks them from, and the home visit, for another person now
 * shares the home and its means;</li>
 * <li>a member who leaves: the home visit, for the household's means may have left with
 * them;</li>
 * <li>a change in health: the applicant's health certificate, or for a member the home
 * visit;</li>
 * <li>a change in legal status: the applicant's civil capacity, residence, proceedings
 * check and, where the checklist asks for it, judicial record; a member's proceedings
 * check.</li>
 * </ul>
 * Checks that a kinship notification is excused from in the province stay excused.
 */
public final class Reverification {

	private Reverification() {
	}

	/**
	 * @param household the household after the change, a joining member included
	 * @param on the day the change is recorded; ages count on it
	 * @return the checks to verify again, in the order of the checklist
	 */
	public static List<RequiredCheck> afterHouseholdChange(HouseholdChangeKind kind, String subject,
			Household household, ProvinceVettingRules rules, LocalDate on) {
		Set<RequiredCheck> checks = new LinkedHashSet<>();
		switch (kind) {
			case MEMBER_JOINED -> {
				HouseholdMember member = household.member(subject).orElseThrow();
				if (member.ageOn(on) >= rules.proceedingsCheckFromAge()) {
					checks.add(new RequiredCheck(CheckKind.NO_CHILD_ABUSE_PROCEEDINGS, subject));
				}
				if (member.ageOn(on) >= rules.householdConsentFromAge()) {
					checks.add(new RequiredCheck(CheckKind.HOUSEHOLD_CONSENT, subject));
				}
				checks.add(homeVisit());
			}
			case MEMBER_LEFT -> checks.add(homeVisit());
			case HEALTH_CHANGED -> checks.add(Subjects.isApplicant(subject)
					? new RequiredCheck(CheckKind.HEALTH_CERTIFICATE, subject) : homeVisit());
			case LEGAL_STATUS_CHANGED -> {
				Person applicant = household.applicant(subject).orElse(null);
				if (applicant != null) {
					checks.add(new RequiredCheck(CheckKind.RESIDES_IN_VIETNAM, subject));
					checks.add(new RequiredCheck(CheckKind.FULL_CIVIL_CAPACITY, subject));
					if (VettingChecklist.judicialRecordRequired(applicant, rules)) {
						checks.add(new RequiredCheck(CheckKind.JUDICIAL_RECORD, subject));
					}
				}
				checks.add(new RequiredCheck(CheckKind.NO_CHILD_ABUSE_PROCEEDINGS, subject));
			}
		}
		if (household.procedure() == RegistrationProcedure.KINSHIP_NOTIFICATION) {
			checks.removeIf(check -> rules.kinshipNotificationWaives().contains(check.kind()));
		}
		return List.copyOf(checks);
	}

	private static RequiredCheck homeVisit() {
		return new RequiredCheck(CheckKind.SUITABLE_HOUSING_AND_MEANS, Subjects.HOUSEHOLD);
	}

}
