package org.kinbridge.matching.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commune chair refuses to decide the proposed placement. */
public record RejectProposal(@TargetAggregateIdentifier String placementId, String reason, Acting by) {
}
