package org.kinbridge.contracts.cases;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: a case moved to another commune or province, and the receiving
 * side owns it from now on. When the province changes the event crosses tenants, so both
 * sides are named.
 *
 * @param caseId the case aggregate id
 * @param fromProvinceCode the province that handed the case over
 * @param fromCommuneCode the commune that handed the case over
 * @param toProvinceCode the province that owns the case from now on
 * @param toCommuneCode the commune that handles the case from now on
 * @param reason why the case moved, for example the child moved house
 * @param legalBasis the provisions the handover rests on
 * @param handedOverAt when the handover was recorded
 * @param handedOverBy who handed the case over
 */
public record CaseHandedOverV1(String caseId, String fromProvinceCode, String fromCommuneCode, String toProvinceCode,
		String toCommuneCode, String reason, String legalBasis, Instant handedOverAt, ActorRef handedOverBy) {

	public static final String TYPE = "org.kinbridge.case.case-handed-over.v1";

}
