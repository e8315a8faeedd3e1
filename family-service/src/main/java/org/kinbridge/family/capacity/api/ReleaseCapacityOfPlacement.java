package org.kinbridge.family.capacity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * Give back the place of a placement that ended (matching's {@code placement-ended.v1}).
 * A placement that holds no place changes no place; if the caregiver never heard of it,
 * its end is noted so that a decision arriving late cannot take a place for it.
 *
 * @param placementId matching's placement id
 * @param by who recorded the end, stamped when family-service handled it
 */
public record ReleaseCapacityOfPlacement(@TargetAggregateIdentifier String caregiverId, String placementId, Acting by) {
}
