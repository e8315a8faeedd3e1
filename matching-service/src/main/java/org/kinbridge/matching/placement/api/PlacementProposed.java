package org.kinbridge.matching.placement.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * A caregiver was proposed for a child (MATCH_PROPOSED); the caregiver's place is held.
 */
@Revision("1")
public record PlacementProposed(PlacementRef placement, ChildAge childAge, Instant needRecordedAt, ProposalBasis basis,
		String reason, Acting by) implements PlacementEvent {
}
