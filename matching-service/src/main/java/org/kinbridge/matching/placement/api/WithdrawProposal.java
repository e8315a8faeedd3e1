package org.kinbridge.matching.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The officer withdraws the proposal; after the decision and before the handover this
 * cancels the handover, which needs a legal basis.
 */
public record WithdrawProposal(@TargetAggregateIdentifier String placementId, String reason, String legalBasis,
		Acting by) {
}
