package org.kinbridge.matching.placement.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * A place was held for a proposal that was never made (the service stopped in between),
 * so it is free again.
 */
@Revision("1")
public record HoldLapsed(String caregiverId, String placementId, Instant lapsedAt) {
}
