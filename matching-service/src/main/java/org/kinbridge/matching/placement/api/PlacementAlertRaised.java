package org.kinbridge.matching.placement.api;

import org.axonframework.serialization.Revision;

/**
 * Something changed that a running placement rests on, and an officer must look at it:
 * the child lives with the caregiver, so the placement does not end by itself.
 */
@Revision("1")
public record PlacementAlertRaised(PlacementRef placement, OutsideChange change, String detail,
		Acting by) implements PlacementEvent {
}
