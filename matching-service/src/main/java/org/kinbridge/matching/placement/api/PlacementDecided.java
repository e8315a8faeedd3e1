package org.kinbridge.matching.placement.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The commune chair decided the placement (PLACEMENT_DECISION_ISSUED); the handover is
 * due within the province's working days.
 *
 * @param childOpinionRequired whether the child was old enough, or of unknown age, so
 * that the decision needed the child's opinion
 * @param handoverWorkingDays the working days the province allows for the handover
 * @param handoverDueOn the last day of the handover, on the province calendar
 * @param handoverDueAt the end of that day
 */
@Revision("1")
public record PlacementDecided(PlacementRef placement, String decisionNumber, LocalDate decidedOn, String reason,
		String legalBasis, boolean childOpinionRequired, int handoverWorkingDays, LocalDate handoverDueOn,
		Instant handoverDueAt, Acting by) implements PlacementEvent {
}
