package org.kinbridge.family.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A caregiver in a list: enough to find the one to open, nothing of the household.
 *
 * @param nextEvidenceExpiry the earliest day a check in force stops holding, or
 * {@code null}
 */
public record CaregiverSummary(String caregiverId, String provinceCode, String communeCode, String status,
		String procedure, String fullName, LocalDate dateOfBirth, String sex, List<String> careTypes, int capacity,
		int placed, int free, Instant registeredAt, LocalDate eligibleSince, LocalDate nextEvidenceExpiry) {
}
