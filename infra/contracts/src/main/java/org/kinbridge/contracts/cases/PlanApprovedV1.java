package org.kinbridge.contracts.cases;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the commune chair approved a version of the support and
 * intervention plan (Form 05); it is carried out from now on.
 *
 * @param caseId the case aggregate id
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param reason the chair's note, or {@code null}
 * @param legalBasis the provisions the approval rests on
 * @param inputs the version approved
 * @param recordedAt when it was recorded
 * @param recordedBy who decided, under which role
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanApprovedV1(String caseId, String provinceCode, String communeCode, String reason, String legalBasis,
		PlanInputs inputs, Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.case.plan-approved.v1";

	/**
	 * What the step was taken on.
	 *
	 * @param planVersion the version of the plan, from 1
	 */
	public record PlanInputs(int planVersion) {
	}

}
