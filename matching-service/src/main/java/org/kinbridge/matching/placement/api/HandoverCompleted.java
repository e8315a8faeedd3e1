package org.kinbridge.matching.placement.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The child was handed over and lives with the caregiver (PLACEMENT_ACTIVE); the first
 * monitoring report falls due.
 *
 * @param withinTimeLimit whether the handover day was within the time limit
 * @param monitoringDueOn the day the first monitoring report is due
 * @param monitoringDueAt the end of that day
 */
@Revision("1")
public record HandoverCompleted(PlacementRef placement, LocalDate handedOverOn, String note, boolean withinTimeLimit,
		LocalDate monitoringDueOn, Instant monitoringDueAt, Acting by) implements PlacementEvent {
}
