package org.kinbridge.family.registration.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A caregiver's registration was received by the commune (who, where, when, and what they
 * offer).
 */
@Revision("1")
public record CaregiverRegistered(String caregiverId, String provinceCode, String communeCode,
		RegisterCaregiver.Applicant applicant, List<CareType> careTypes, int capacity, List<String> languages,
		String ethnicity, String religion, String phone, Instant registeredAt, String registeredBy,
		String registeredByRole) {
}
