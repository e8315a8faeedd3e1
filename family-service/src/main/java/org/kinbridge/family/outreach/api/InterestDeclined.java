package org.kinbridge.family.outreach.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/** The interested person will not go on. */
@Revision("1")
public record InterestDeclined(String interestId, String provinceCode, String communeCode, String reason, Acting by) {
}
