package org.kinbridge.family.standing.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/** The suspension was lifted; the caregiver is eligible again. */
@Revision("1")
public record CaregiverReinstated(String caregiverId, String provinceCode, String communeCode, String reason,
		String legalBasis, Acting by) {
}
