package org.kinbridge.matching.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the caregiver or the child declined the proposal. */
public record DeclineProposal(@TargetAggregateIdentifier String placementId, DecliningParty party, String reason,
		Acting by) {
}
