package org.kinbridge.matching.placement.api;

import org.axonframework.serialization.Revision;

/** The proposal a place was held for was made. */
@Revision("1")
public record HoldConfirmed(String caregiverId, String placementId) {
}
