package org.kinbridge.contracts.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: a prospective caregiver (Form 08) was registered and can now be
 * assessed and considered for matching.
 *
 * @param caregiverId the caregiver aggregate id
 * @param provinceCode the tenant
 * @param communeCode the commune where the caregiver lives
 * @param applicant the person applying
 * @param careTypes the kinds of care offered, for example {@code KINSHIP}
 * @param capacity how many children the household can take at once
 * @param languages ISO 639 codes of the languages spoken at home
 * @param ethnicity the ethnic group, for example {@code KINH}
 * @param religion the religion, or {@code NONE}
 * @param registeredAt when the registration was recorded
 * @param registeredBy who recorded it
 */
public record CaregiverRegisteredV1(String caregiverId, String provinceCode, String communeCode, Applicant applicant,
		List<String> careTypes, int capacity, List<String> languages, String ethnicity, String religion,
		Instant registeredAt, ActorRef registeredBy) {

	public static final String TYPE = "org.kinbridge.family.caregiver-registered.v1";

	/**
	 * The person applying to become a caregiver.
	 *
	 * @param fullName the full name
	 * @param dateOfBirth the date of birth
	 * @param sex {@code MALE} or {@code FEMALE}
	 */
	public record Applicant(String fullName, LocalDate dateOfBirth, String sex) {
	}

}
