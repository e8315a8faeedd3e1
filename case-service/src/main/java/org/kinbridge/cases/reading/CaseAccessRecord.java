package org.kinbridge.cases.reading;

import java.time.Instant;

import org.kinbridge.platform.audit.AccessRecord;

/**
 * One read of a case as auditors see it: the platform's access record under the case's
 * own names, so that the access-records API keeps {@code caseId} and {@code caseNumber}.
 *
 * @param endpoint the route that served the read, such as {@code GET /api/cases/{caseId}}
 * @param purpose an {@link AccessPurpose} name
 */
public record CaseAccessRecord(String id, String caseId, String caseNumber, String provinceCode, String communeCode,
		String userId, String role, Instant at, String endpoint, String purpose) {

	static CaseAccessRecord of(AccessRecord read) {
		return new CaseAccessRecord(read.id(), read.subjectId(), read.subjectLabel(), read.provinceCode(),
				read.communeCode(), read.userId(), read.role(), read.at(), read.endpoint(), read.purpose());
	}

}
