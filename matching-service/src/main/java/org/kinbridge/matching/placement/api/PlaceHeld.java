package org.kinbridge.matching.placement.api;

import org.axonframework.serialization.Revision;

/**
 * A caregiver's place is held for a proposal.
 *
 * @param capacity the caregiver's capacity as known when the place was held
 * @param heldBefore places held for other proposals at that moment
 * @param takenBefore places taken by decided placements at that moment
 */
@Revision("1")
public record PlaceHeld(String caregiverId, String provinceCode, String placementId, String needId, int capacity,
		int heldBefore, int takenBefore, Acting by) {
}
