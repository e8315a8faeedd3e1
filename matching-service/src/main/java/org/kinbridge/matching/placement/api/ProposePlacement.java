package org.kinbridge.matching.placement.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Propose a caregiver for a child who waits for alternative care. The caregiver's place
 * must already be held (see {@link HoldPlace}).
 *
 * @param placement what the placement is about
 * @param childAge the child's age as the need tells it, for the rule on the child's
 * opinion
 * @param needRecordedAt when the need for alternative care was decided, for the time a
 * child waits
 * @param basis the shortlist entry or the officer's choice the proposal rests on
 * @param reason why the officer proposes this caregiver
 * @param by who proposes
 */
public record ProposePlacement(PlacementRef placement, ChildAge childAge, Instant needRecordedAt, ProposalBasis basis,
		String reason, Acting by) {

	@TargetAggregateIdentifier
	public String placementId() {
		return this.placement.placementId();
	}

}
