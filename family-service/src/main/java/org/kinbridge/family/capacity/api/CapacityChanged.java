package org.kinbridge.family.capacity.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/** The number of children the caregiver can take at once changed. */
@Revision("1")
public record CapacityChanged(String caregiverId, String provinceCode, String communeCode, int capacity, int placed,
		String reason, Acting by) {
}
