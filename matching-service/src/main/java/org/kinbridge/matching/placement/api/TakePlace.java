package org.kinbridge.matching.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The placement was decided: its held place becomes a taken one. */
public record TakePlace(@TargetAggregateIdentifier String caregiverId, String placementId, Acting by) {
}
