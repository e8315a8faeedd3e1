package org.kinbridge.family.reading;

import java.time.Instant;

import org.kinbridge.platform.audit.AccessRecord;

/**
 * One read of a caregiver as auditors see it: the platform's access record under the
 * caregiver's own name, so that the access-records API keeps {@code caregiverId}.
 *
 * @param endpoint the route that served the read, such as {@code GET
 * /api/families/caregivers/{caregiverId}}
 * @param purpose an {@link AccessPurpose} name
 */
public record CaregiverAccessRecord(String id, String caregiverId, String provinceCode, String communeCode,
		String userId, String role, Instant at, String endpoint, String purpose) {

	static CaregiverAccessRecord of(AccessRecord read) {
		return new CaregiverAccessRecord(read.id(), read.subjectId(), read.provinceCode(), read.communeCode(),
				read.userId(), read.role(), read.at(), read.endpoint(), read.purpose());
	}

}
