package org.kinbridge.family.capacity.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * A province officer or platform administrator took or gave back a place by hand, with
 * the reason; the {@link CapacityReserved} or {@link CapacityReleased} it explains
 * follows in the same commit.
 *
 * @param placementRef the placement the place is corrected for
 * @param taken {@code true} if a place was taken, {@code false} if one was given back
 */
@Revision("1")
public record CapacityCorrected(String caregiverId, String provinceCode, String communeCode, String placementRef,
		boolean taken, String reason, Acting by) {
}
