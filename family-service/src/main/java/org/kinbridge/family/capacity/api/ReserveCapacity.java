package org.kinbridge.family.capacity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * Correct the places by hand: take one of the caregiver's free places for a placement
 * that matching did not report, such as a child placed before KinBridge was used.
 * Reserving the same placement twice changes nothing.
 *
 * @param placementRef the placement the place is taken for
 * @param reason why the place is taken by hand
 */
public record ReserveCapacity(@TargetAggregateIdentifier String caregiverId, String placementRef, String reason,
		Acting by) {
}
