package org.kinbridge.platform.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read of a person's record: who read which subject, in which role, when, through
 * which endpoint and for what purpose (domain: need-to-know access, an access log for
 * every view).
 *
 * @param subjectType what kind of record was read, such as {@code case} or
 * {@code caregiver}
 * @param subjectId the id of the record read
 * @param subjectLabel how people name the record, such as a case number, or {@code null}
 * @param role the role in which the reader read
 * @param endpoint the route that served the read, such as {@code GET /api/cases/{caseId}}
 * @param purpose why the record was read, in the service's own vocabulary
 */
@Document(AccessRecord.COLLECTION)
public record AccessRecord(@Id String id, String subjectType, String subjectId, String subjectLabel,
		String provinceCode, String communeCode, String userId, String role, Instant at, String endpoint,
		String purpose) {

	public static final String COLLECTION = "access_records";

}
