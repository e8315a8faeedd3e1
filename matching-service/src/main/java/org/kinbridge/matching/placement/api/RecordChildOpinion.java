package org.kinbridge.matching.placement.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the child's opinion on living with the caregiver. A child who does not agree
 * closes the proposal.
 *
 * @param opinion the child's opinion as the officer wrote it down
 * @param agrees whether the child agrees to the placement
 */
public record RecordChildOpinion(@TargetAggregateIdentifier String placementId, LocalDate consultedOn, String opinion,
		boolean agrees, Acting by) {
}
