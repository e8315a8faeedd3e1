package org.kinbridge.cases.reading;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read of a child's record: who read which case, in which role, when, through which
 * endpoint and for what purpose. Kept apart from the case events, which record changes,
 * so that auditors can see who looked (domain: need-to-know access, an access log for
 * every view).
 *
 * @param endpoint the route that served the read, such as {@code GET /api/cases/{caseId}}
 */
@Document(AccessRecord.COLLECTION)
public record AccessRecord(@Id String id, String caseId, String caseNumber, String provinceCode, String communeCode,
		String userId, String role, Instant at, String endpoint, AccessPurpose purpose) {

	public static final String COLLECTION = "access_records";

}
