package org.kinbridge.matching.shortlist.ranking;

import java.time.LocalDate;
import java.util.List;

/**
 * A caregiver as the shortlist saw it: what the rules and the ranking read, nothing more.
 *
 * @param caregiverId the caregiver
 * @param provinceCode where the caregiver lives
 * @param communeCode where the caregiver lives
 * @param state {@code ELIGIBLE}, {@code SUSPENDED}, ...
 * @param kinCaseId the case of the child a relative registered for, or {@code null}
 * @param dateOfBirth the applicant's date of birth, or {@code null}
 * @param careTypes the kinds of care offered
 * @param freeCapacity places free
 * @param preferences which children the caregiver feels able to care for, or {@code null}
 * for any
 * @param languages ISO 639 codes spoken at home
 * @param ethnicity the ethnic group, or {@code null}
 * @param religion the religion, or {@code null}
 */
public record CaregiverSnapshot(String caregiverId, String provinceCode, String communeCode, String state,
		String kinCaseId, LocalDate dateOfBirth, List<String> careTypes, int freeCapacity, Preferences preferences,
		List<String> languages, String ethnicity, String religion) {

	public CaregiverSnapshot {
		careTypes = (careTypes != null) ? List.copyOf(careTypes) : List.of();
		languages = (languages != null) ? List.copyOf(languages) : List.of();
	}

	/**
	 * Which children the caregiver feels able to care for.
	 *
	 * @param minAge the youngest age, or {@code null} for any
	 * @param maxAge the oldest age, or {@code null} for any
	 * @param sexes the sexes, empty for any
	 * @param siblingGroups whether brothers and sisters can come together
	 * @param needs the disabilities and needs they can care for
	 */
	public record Preferences(Integer minAge, Integer maxAge, List<String> sexes, boolean siblingGroups,
			List<String> needs) {

		public Preferences {
			sexes = (sexes != null) ? List.copyOf(sexes) : List.of();
			needs = (needs != null) ? List.copyOf(needs) : List.of();
		}

	}

}
