package org.kinbridge.matching.placement.api;

import org.axonframework.serialization.Revision;

/**
 * A held or taken place is free again.
 *
 * @param wasTaken whether a decided placement had taken it, rather than a proposal held
 */
@Revision("1")
public record PlaceReleased(String caregiverId, String placementId, boolean wasTaken, String reason, Acting by) {
}
