package org.kinbridge.family.registration.api;

import java.time.LocalDate;
import java.time.Period;

/**
 * An applicant or co-applicant as their civil documents show them.
 *
 * @param fullName the full name
 * @param dateOfBirth the date of birth
 * @param sex the sex
 * @param nationality ISO 3166-1 alpha-2 code; anything but {@code VN} is a foreigner, who
 * must meet the residence conditions
 * @param identityNumber the citizen identity card (CCCD) or passport number, or
 * {@code null}; it never leaves family-service
 */
public record Person(String fullName, LocalDate dateOfBirth, Sex sex, String nationality, String identityNumber) {

	/** Vietnamese citizens; everybody else needs the foreigner residence conditions. */
	public static final String VIETNAMESE = "VN";

	/** Civil Code 2015 Art. 20: a person of 18 or more is an adult. */
	public static final int ADULT_AGE = 18;

	public boolean hasForeignNationality() {
		return !VIETNAMESE.equals(this.nationality);
	}

	public int ageOn(LocalDate date) {
		return Period.between(this.dateOfBirth, date).getYears();
	}

	public boolean isAdultOn(LocalDate date) {
		return ageOn(date) >= ADULT_AGE;
	}

}
