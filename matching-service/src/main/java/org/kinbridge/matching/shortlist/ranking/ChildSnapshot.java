package org.kinbridge.matching.shortlist.ranking;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A child as the shortlist saw it.
 *
 * @param childId the child
 * @param caseId the child's case
 * @param sex {@code MALE}, {@code FEMALE} or {@code UNKNOWN}
 * @param dateOfBirth the date of birth, or {@code null}
 * @param estimatedAge the estimated age in years when the date of birth is unknown, or
 * {@code null}
 * @param ethnicity an ethnic-group code, or {@code null}
 * @param religion a religion code, or {@code null}
 * @param languages ISO 639 codes
 * @param needs codes of disabilities and care needs
 */
public record ChildSnapshot(String childId, String caseId, String sex, LocalDate dateOfBirth, Integer estimatedAge,
		String ethnicity, String religion, List<String> languages, List<String> needs) {

	public ChildSnapshot {
		languages = (languages != null) ? List.copyOf(languages) : List.of();
		needs = (needs != null) ? List.copyOf(needs) : List.of();
	}

	/**
	 * @param on the day of the shortlist
	 * @return the age in whole years, the estimate if the date of birth is unknown, or
	 * {@code null} if neither is known
	 */
	public Integer ageOn(LocalDate on) {
		if (this.dateOfBirth != null) {
			return Period.between(this.dateOfBirth, on).getYears();
		}
		return this.estimatedAge;
	}

	/**
	 * The birth date to use when a caregiver must be a given number of years older: with
	 * only an estimated age of N, the child may have been born as early as N + 1 years
	 * before less a day, and assuming that keeps the rule on the safe side.
	 * @param on the day of the shortlist
	 * @return the conservative birth date, or {@code null} if neither date nor estimate
	 * is known
	 */
	public LocalDate earliestPossibleBirth(LocalDate on) {
		if (this.dateOfBirth != null) {
			return this.dateOfBirth;
		}
		return (this.estimatedAge != null) ? on.minusYears(this.estimatedAge + 1L).plusDays(1) : null;
	}

}
