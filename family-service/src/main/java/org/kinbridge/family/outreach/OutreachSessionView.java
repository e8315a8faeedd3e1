package org.kinbridge.family.outreach;

import java.time.Instant;
import java.time.LocalDate;

import org.kinbridge.family.outreach.api.Audience;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An information session as listed and reported; it does not change once recorded.
 *
 * @param hamlet the hamlet's name or local code, or {@code null}
 * @param attendance how many people came
 */
@Document(OutreachSessionView.COLLECTION)
public record OutreachSessionView(@Id String sessionId, String provinceCode, String communeCode, LocalDate heldOn,
		String place, String hamlet, String topic, String ledBy, int attendance, Audience audience, String recordedBy,
		String recordedByRole, Instant recordedAt) {

	static final String COLLECTION = "outreach_sessions";

}
