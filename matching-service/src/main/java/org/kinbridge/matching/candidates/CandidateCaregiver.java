package org.kinbridge.matching.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A caregiver as matching sees one: what the ranking needs, and the id of the last event
 * that changed it (for audit and de-duplication).
 */
@Document("candidate_caregivers")
public record CandidateCaregiver(@Id String caregiverId, String provinceCode, String communeCode, String fullName,
		LocalDate dateOfBirth, String sex, List<String> careTypes, int capacity, List<String> languages,
		String ethnicity, String religion, String status, Instant registeredAt, String lastEventId) {
}
