package org.kinbridge.family.reading;

import java.time.Instant;

/**
 * What happened to the caregiver, by whom, when and why.
 *
 * @param what e.g. {@code REGISTERED}, {@code FOUND_ELIGIBLE}, {@code CAPACITY_CHANGED}
 * @param status where the caregiver stood afterwards
 */
public record HistoryEntry(String what, String status, String reason, String legalBasis, String decisionNumber,
		String userId, String role, Instant at) {
}
