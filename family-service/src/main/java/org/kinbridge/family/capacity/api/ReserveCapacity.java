package org.kinbridge.family.capacity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * Take one of the caregiver's free places for a placement. Reserving the same placement
 * twice changes nothing, so that a redelivered placement event is harmless.
 *
 * @param placementRef the placement the place is taken for
 */
public record ReserveCapacity(@TargetAggregateIdentifier String caregiverId, String placementRef, Acting by) {
}
