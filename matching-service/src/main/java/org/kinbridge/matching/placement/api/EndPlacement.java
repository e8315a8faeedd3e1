package org.kinbridge.matching.placement.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * End a decided or running placement.
 *
 * @param note the reason in the officer's words, required for {@link EndReason#OTHER}
 * @param anotherFormOfCareNeeded whether the child needs another form of care, and so
 * waits for a new placement
 */
public record EndPlacement(@TargetAggregateIdentifier String placementId, EndReason reason, String legalBasis,
		String note, LocalDate endedOn, boolean anotherFormOfCareNeeded, Acting by) {
}
