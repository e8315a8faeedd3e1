package org.kinbridge.family.capacity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * Give back the place a placement held. Releasing a placement that holds no place changes
 * nothing.
 */
public record ReleaseCapacity(@TargetAggregateIdentifier String caregiverId, String placementRef, Acting by) {
}
