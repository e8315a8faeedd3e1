package org.kinbridge.family.reading;

import java.time.Instant;
import java.time.LocalDate;

import org.kinbridge.family.vetting.api.CheckKind;

/**
 * One line of a caregiver's checklist as it stands today.
 *
 * @param state {@code MISSING}, {@code REVERIFY} (a household change made it doubtful),
 * {@code FAILED}, {@code EXPIRED}, {@code EXPIRING} (passed, but ends within the
 * province's warning days) or {@code PASSED}
 * @param expiresOn the last day the check in force holds, or {@code null}
 */
public record ChecklistItem(CheckKind kind, String subject, String state, LocalDate expiresOn, String evidenceReference,
		String verifiedBy, Instant verifiedAt) {
}
