package org.kinbridge.matching.placement.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A decided or running placement ended (PLACEMENT_ENDED); the caregiver's place is free
 * again.
 *
 * @param note the reason in the officer's words, or {@code null}
 * @param anotherFormOfCareNeeded whether the child waits for a new placement
 * @param endedInState the step the placement had reached
 */
@Revision("1")
public record PlacementEnded(PlacementRef placement, EndReason reason, String legalBasis, String note,
		LocalDate endedOn, boolean anotherFormOfCareNeeded, String endedInState, Acting by) implements PlacementEvent {
}
