package org.kinbridge.contracts.cases;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the commune chair returned a version of the support and
 * intervention plan for redrafting.
 *
 * @param caseId the case aggregate id
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param reason why it was returned
 * @param inputs the version returned
 * @param recordedAt when it was recorded
 * @param recordedBy who decided, under which role
 */
public record PlanReturnedV1(String caseId, String provinceCode, String communeCode, String reason, PlanInputs inputs,
		Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.case.plan-returned.v1";

	/**
	 * What the step was taken on.
	 *
	 * @param planVersion the version of the plan, from 1
	 */
	public record PlanInputs(int planVersion) {
	}

}
