package org.kinbridge.family.reading;

import java.time.LocalDate;

import org.kinbridge.family.vetting.api.CheckKind;

/**
 * A check in force whose evidence ends soon, or has ended: the caregiver needs
 * re-verification.
 *
 * @param daysLeft days from today until the last valid day; negative once it has passed
 */
public record ExpiringEvidence(String caregiverId, String communeCode, String status, String fullName, CheckKind kind,
		String subject, String evidenceReference, LocalDate expiresOn, long daysLeft) {
}
