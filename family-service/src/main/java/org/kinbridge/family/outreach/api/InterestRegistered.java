package org.kinbridge.family.outreach.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/** The interested person registered as a caregiver, which the report counts. */
@Revision("1")
public record InterestRegistered(String interestId, String provinceCode, String communeCode, String caregiverId,
		Acting by) {
}
