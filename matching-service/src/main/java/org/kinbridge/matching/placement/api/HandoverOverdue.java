package org.kinbridge.matching.placement.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The child was not handed over within the time limit after the decision: an alert for
 * the commune.
 *
 * @param by who recorded the late handover, or {@code null} when the time limit ran out
 * with nothing recorded
 */
@Revision("1")
public record HandoverOverdue(PlacementRef placement, LocalDate dueOn, Instant dueAt,
		Acting by) implements PlacementEvent {
}
