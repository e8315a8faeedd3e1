package org.kinbridge.matching.placement.api;

import org.axonframework.serialization.Revision;

/**
 * The proposal will not go ahead (PROPOSAL_CLOSED): the caregiver's place is released and
 * the child waits for another proposal.
 *
 * @param closedInState the step the proposal had reached
 * @param reason why, in words the officer reads
 */
@Revision("1")
public record ProposalClosed(PlacementRef placement, ProposalOutcome outcome, String closedInState, String reason,
		Acting by) implements PlacementEvent {
}
