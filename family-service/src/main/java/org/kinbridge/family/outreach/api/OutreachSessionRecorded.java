package org.kinbridge.family.outreach.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/** An information session or talk was held in the commune and recorded. */
@Revision("1")
public record OutreachSessionRecorded(String sessionId, String provinceCode, String communeCode, LocalDate heldOn,
		String place, String hamlet, String topic, String ledBy, int attendance, Audience audience, Acting by) {
}
