package org.kinbridge.family.reading;

import java.time.Instant;

import org.kinbridge.platform.audit.AccessRecord;

/**
 * One read as auditors see it: the platform's access record, with {@code caregiverId}
 * kept for reads of a caregiver and empty for reads of an interested person.
 *
 * @param subjectType {@code caregiver} or {@code interested-person}
 * @param subjectId the caregiver or interested person read
 * @param endpoint the route that served the read, such as {@code GET
 * /api/families/caregivers/{caregiverId}}
 * @param purpose an {@link AccessPurpose} name
 */
public record CaregiverAccessRecord(String id, String subjectType, String subjectId, String caregiverId,
		String provinceCode, String communeCode, String userId, String role, Instant at, String endpoint,
		String purpose) {

	static CaregiverAccessRecord of(AccessRecord read) {
		String caregiverId = "caregiver".equals(read.subjectType()) ? read.subjectId() : null;
		return new CaregiverAccessRecord(read.id(), read.subjectType(), read.subjectId(), caregiverId,
				read.provinceCode(), read.communeCode(), read.userId(), read.role(), read.at(), read.endpoint(),
				read.purpose());
	}

}
