package org.kinbridge.matching.children;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case's move to another commune or province, kept so that a need read after the
 * handover that moved its case still lands where the case is now.
 *
 * @param id the case id and the time of the handover
 * @param caseId the case
 * @param toProvinceCode the province that owns the case from then on
 * @param toCommuneCode the commune that handles the case from then on
 * @param handedOverAt when the handover was recorded
 * @param eventId the event that told it
 */
@Document("case_handovers")
record CaseHandover(@Id String id, String caseId, String toProvinceCode, String toCommuneCode, Instant handedOverAt,
		String eventId) {
}
