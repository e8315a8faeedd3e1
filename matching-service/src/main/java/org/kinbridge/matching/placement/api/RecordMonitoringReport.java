package org.kinbridge.matching.placement.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a visit to the placed child and what it found. */
public record RecordMonitoringReport(@TargetAggregateIdentifier String placementId, LocalDate reportedOn,
		MonitoringTrigger trigger, String summary, Acting by) {
}
