package org.kinbridge.matching.access;

import java.time.Instant;

import org.kinbridge.platform.audit.AccessRecord;

/**
 * One read in matching-service as auditors see it.
 *
 * @param subjectType a {@link ReadSubjects} kind, such as {@code waiting-child}
 * @param subjectId the need, shortlist, placement or caregiver read
 * @param subjectLabel the case of a waiting child; the need of a shortlist or placement;
 * {@code null} for a caregiver
 * @param endpoint the route that served the read, such as {@code GET
 * /api/matching/children/{needId}}
 * @param purpose an {@link AccessPurpose} name
 */
public record MatchingAccessRecord(String id, String subjectType, String subjectId, String subjectLabel,
		String provinceCode, String communeCode, String userId, String role, Instant at, String endpoint,
		String purpose) {

	static MatchingAccessRecord of(AccessRecord read) {
		return new MatchingAccessRecord(read.id(), read.subjectType(), read.subjectId(), read.subjectLabel(),
				read.provinceCode(), read.communeCode(), read.userId(), read.role(), read.at(), read.endpoint(),
				read.purpose());
	}

}
