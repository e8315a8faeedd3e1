package org.kinbridge.contracts.cases;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the case was closed (đóng hồ sơ); its time limits stop running.
 *
 * @param caseId the case aggregate id
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param reason {@code RESOLVED}, {@code CHILD_TURNED_16}, {@code MOVED_AWAY},
 * {@code MERGED} or {@code OTHER}
 * @param note the reason in the officer's words, or {@code null}
 * @param legalBasis the provisions the closure rests on, or {@code null}
 * @param closedInState the step the case had reached, to which a reopening returns it
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CaseClosedV1(String caseId, String provinceCode, String communeCode, String reason, String note,
		String legalBasis, String closedInState, Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.case.case-closed.v1";

}
