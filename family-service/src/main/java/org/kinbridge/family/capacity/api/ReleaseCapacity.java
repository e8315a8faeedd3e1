package org.kinbridge.family.capacity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * Correct the places by hand: give back the place a placement held. Releasing a placement
 * that holds no place changes nothing.
 *
 * @param reason why the place is given back by hand
 */
public record ReleaseCapacity(@TargetAggregateIdentifier String caregiverId, String placementRef, String reason,
		Acting by) {
}
