package org.kinbridge.family.vetting.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/** A counselling or training session was offered to the caregiver. */
@Revision("1")
public record CounsellingOffered(String caregiverId, String sessionId, CounsellingKind kind, String topic,
		String provider, LocalDate scheduledOn, Acting by) {
}
