package org.kinbridge.family.capacity.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * A place was taken for a placement; {@code capacity} and {@code placed} are after it.
 */
@Revision("1")
public record CapacityReserved(String caregiverId, String provinceCode, String communeCode, String placementRef,
		int capacity, int placed, Acting by) {
}
