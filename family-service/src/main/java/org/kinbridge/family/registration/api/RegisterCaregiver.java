package org.kinbridge.family.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Đăng ký nhận chăm sóc thay thế (Form 08): a person or family asks the commune where
 * they live to be considered as alternative caregivers.
 */
public record RegisterCaregiver(String caregiverId, String provinceCode, String communeCode, Applicant applicant,
		List<CareType> careTypes, int capacity, List<String> languages, String ethnicity, String religion, String phone,
		Instant registeredAt, String registeredBy, String registeredByRole) {

	public record Applicant(String fullName, LocalDate dateOfBirth, Sex sex) {
	}

}
