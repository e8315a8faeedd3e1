package org.kinbridge.family.outreach.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * Someone showed interest in caring for a child; the commune follows up. The day of
 * {@code by} is the day of interest, from which the follow-up falls due.
 */
@Revision("1")
public record InterestRecorded(String interestId, String provinceCode, String communeCode, String fullName,
		String phone, String sourceSessionId, String note, Acting by) {
}
