package org.kinbridge.family.registration.api;

import java.time.LocalDate;
import java.time.Period;

/**
 * Someone else who lives in the caregiver's home. Law on Children Art. 63(2)(c): every
 * household member must agree, and none may face proceedings for child abuse.
 *
 * @param memberId {@code member-1}, {@code member-2}, ... in the order of the form; the
 * subject under which the member's vetting checks are recorded
 * @param fullName the full name
 * @param dateOfBirth the date of birth
 * @param sex the sex
 * @param relation how the member is related to the applicant
 * @param consent the member's agreement as recorded with the registration
 */
public record HouseholdMember(String memberId, String fullName, LocalDate dateOfBirth, Sex sex, Relation relation,
		Consent consent) {

	public int ageOn(LocalDate date) {
		return Period.between(this.dateOfBirth, date).getYears();
	}

}
