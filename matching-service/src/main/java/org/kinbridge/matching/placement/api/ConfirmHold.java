package org.kinbridge.matching.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The proposal a held place was for exists: the hold no longer lapses. */
public record ConfirmHold(@TargetAggregateIdentifier String caregiverId, String placementId) {
}
