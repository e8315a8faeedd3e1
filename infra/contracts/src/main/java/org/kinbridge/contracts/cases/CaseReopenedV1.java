package org.kinbridge.contracts.cases;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: a closed case was reopened and is back at the step where it was
 * closed.
 *
 * @param caseId the case aggregate id
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param reason why it was reopened
 * @param resumedState the step the case is back at
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
public record CaseReopenedV1(String caseId, String provinceCode, String communeCode, String reason, String resumedState,
		Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.case.case-reopened.v1";

}
