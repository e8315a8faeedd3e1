package org.kinbridge.family.capacity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * Take a place for a placement the commune chair decided (matching's
 * {@code placement-decided.v1}). Unlike a correction it is never answered with an error
 * for a broken rule: a caregiver without a free place, or no longer able to take a child,
 * refuses the placement with {@link PlacementRefused}, which matching learns of. Sending
 * it again for the same placement changes nothing.
 *
 * @param placementId matching's placement id
 * @param by the chair who decided the placement, stamped when family-service handled it
 */
public record ReserveCapacityForPlacement(@TargetAggregateIdentifier String caregiverId, String placementId,
		Acting by) {
}
