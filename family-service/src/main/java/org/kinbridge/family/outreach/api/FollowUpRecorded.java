package org.kinbridge.family.outreach.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/** The commune followed up with an interested person. */
@Revision("1")
public record FollowUpRecorded(String interestId, String provinceCode, String communeCode, String notes,
		LocalDate followedUpOn, Acting by) {
}
