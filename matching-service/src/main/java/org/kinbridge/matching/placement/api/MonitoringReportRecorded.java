package org.kinbridge.matching.placement.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A monitoring report was made; the next one falls due.
 *
 * @param withinTimeLimit whether the report was made by the day it was due
 */
@Revision("1")
public record MonitoringReportRecorded(PlacementRef placement, LocalDate reportedOn, MonitoringTrigger trigger,
		String summary, boolean withinTimeLimit, LocalDate nextDueOn, Instant nextDueAt,
		Acting by) implements PlacementEvent {
}
