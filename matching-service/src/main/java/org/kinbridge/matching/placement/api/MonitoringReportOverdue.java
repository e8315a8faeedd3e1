package org.kinbridge.matching.placement.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * No monitoring report was made by the day it was due: an alert for the commune.
 *
 * @param by who recorded the late report, or {@code null} when the time limit ran out
 * with nothing recorded
 */
@Revision("1")
public record MonitoringReportOverdue(PlacementRef placement, LocalDate dueOn, Instant dueAt,
		Acting by) implements PlacementEvent {
}
