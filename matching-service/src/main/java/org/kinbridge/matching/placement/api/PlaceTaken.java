package org.kinbridge.matching.placement.api;

import org.axonframework.serialization.Revision;

/**
 * A decided placement took the caregiver's place it held.
 *
 * @param wasHeld whether a hold was converted; {@code false} only when the hold had gone,
 * so that the count of places stays true
 */
@Revision("1")
public record PlaceTaken(String caregiverId, String placementId, boolean wasHeld, Acting by) {
}
