package org.kinbridge.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the plan in force was reviewed (the follow-up of the case) and
 * its next review falls due. The progress in the officer's words stays inside
 * case-service.
 *
 * @param caseId the case aggregate id
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param reviewedOn the day of the review
 * @param nextReviewOn the day of the next review
 * @param inputs the version reviewed
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
public record PlanReviewedV1(String caseId, String provinceCode, String communeCode, LocalDate reviewedOn,
		LocalDate nextReviewOn, PlanInputs inputs, Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.case.plan-reviewed.v1";

	/**
	 * What the step was taken on.
	 *
	 * @param planVersion the version of the plan, from 1
	 */
	public record PlanInputs(int planVersion) {
	}

}
