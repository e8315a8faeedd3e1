package org.kinbridge.matching.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The proposal closed or the placement ended: its place is free again. */
public record ReleasePlace(@TargetAggregateIdentifier String caregiverId, String placementId, String reason,
		Acting by) {
}
