package org.kinbridge.family.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The caregiver file as officers read it: the read model kept by
 * {@link CaregiverProjection}.
 */
@Document("caregivers")
public record CaregiverView(@Id String caregiverId, String provinceCode, String communeCode, String fullName,
		LocalDate dateOfBirth, String sex, List<String> careTypes, int capacity, List<String> languages,
		String ethnicity, String religion, String phone, String status, Instant registeredAt, String registeredBy) {
}
