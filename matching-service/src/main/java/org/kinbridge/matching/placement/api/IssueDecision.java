package org.kinbridge.matching.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The commune chair's decision to place the child with the caregiver, issued on the day
 * it is recorded.
 */
public record IssueDecision(@TargetAggregateIdentifier String placementId, String decisionNumber, String reason,
		String legalBasis, Acting by) {
}
