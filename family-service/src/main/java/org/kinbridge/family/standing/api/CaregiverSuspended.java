package org.kinbridge.family.standing.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/** The caregiver stays on the register but takes no new child until reinstated. */
@Revision("1")
public record CaregiverSuspended(String caregiverId, String provinceCode, String communeCode, String reason,
		String legalBasis, Acting by) {
}
