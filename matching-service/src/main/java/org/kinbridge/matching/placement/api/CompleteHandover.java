package org.kinbridge.matching.placement.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the child was handed over to the caregiver. */
public record CompleteHandover(@TargetAggregateIdentifier String placementId, LocalDate handedOverOn, String note,
		Acting by) {
}
