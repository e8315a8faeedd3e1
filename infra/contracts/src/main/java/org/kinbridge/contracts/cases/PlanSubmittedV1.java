package org.kinbridge.contracts.cases;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: a version of the support and intervention plan (Form 04) awaits
 * the commune chair's decision. The plan's content stays inside case-service.
 *
 * @param caseId the case aggregate id
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param inputs the version submitted
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
public record PlanSubmittedV1(String caseId, String provinceCode, String communeCode, PlanInputs inputs,
		Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.case.plan-submitted.v1";

	/**
	 * What the step was taken on.
	 *
	 * @param planVersion the version of the plan, from 1
	 */
	public record PlanInputs(int planVersion) {
	}

}
