package org.kinbridge.contracts.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the commune chair found a caregiver eligible and placed them on
 * the commune register. It carries the matching profile only: no names, identity numbers,
 * contact, health or judicial details.
 *
 * @param caregiverId the caregiver aggregate id
 * @param provinceCode the tenant
 * @param communeCode the commune where the caregiver lives
 * @param careTypes the kinds of care offered, for example {@code KINSHIP}
 * @param kinCaseId the case of the named child of a relative's kinship registration, or
 * {@code null}
 * @param capacity how many children the household can take at once
 * @param freeCapacity how many places are free now
 * @param preferences which children the caregiver feels able to care for
 * @param languages ISO 639 codes of the languages spoken at home
 * @param ethnicity the ethnic group, for example {@code KINH}
 * @param religion the religion, or {@code NONE}
 * @param applicantSex {@code MALE} or {@code FEMALE}
 * @param applicantDateOfBirth for the rule that a non-relative is at least 20 years older
 * than the child (Law on Children Art. 63(2)(d))
 * @param householdSize applicants and household members together
 * @param approvedAt when the decision was recorded
 * @param approvedBy who decided
 */
public record CaregiverApprovedV1(String caregiverId, String provinceCode, String communeCode, List<String> careTypes,
		String kinCaseId, int capacity, int freeCapacity, Preferences preferences, List<String> languages,
		String ethnicity, String religion, String applicantSex, LocalDate applicantDateOfBirth, int householdSize,
		Instant approvedAt, ActorRef approvedBy) {

	public static final String TYPE = "org.kinbridge.family.caregiver-approved.v1";

	/**
	 * Which children the caregiver feels able to care for.
	 *
	 * @param minAge the youngest age in years, or {@code null} for any
	 * @param maxAge the oldest age in years, or {@code null} for any
	 * @param sexes {@code MALE} and/or {@code FEMALE}, empty for any
	 * @param siblingGroups whether brothers and sisters can come together
	 * @param needs codes of the disabilities and needs they can care for
	 */
	public record Preferences(Integer minAge, Integer maxAge, List<String> sexes, boolean siblingGroups,
			List<String> needs) {
	}

}
