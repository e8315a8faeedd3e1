package org.kinbridge.family.reading;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read of a caregiver's personal data: who read which caregiver, in which role, when,
 * through which endpoint and for what purpose. Kept apart from the events, which record
 * changes, so that auditors can see who looked.
 *
 * @param endpoint the route that served the read, such as {@code GET
 * /api/families/caregivers/{caregiverId}}
 */
@Document(AccessRecord.COLLECTION)
public record AccessRecord(@Id String id, String caregiverId, String provinceCode, String communeCode, String userId,
		String role, Instant at, String endpoint, AccessPurpose purpose) {

	public static final String COLLECTION = "access_records";

}
