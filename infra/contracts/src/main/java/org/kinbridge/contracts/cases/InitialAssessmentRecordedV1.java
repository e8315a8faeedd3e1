package org.kinbridge.contracts.cases;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the initial risk assessment (Form 02; đánh giá nguy cơ ban đầu)
 * was recorded.
 * <p>
 * The risk level and whether the child suffered serious harm are the decision; serious
 * harm starts the time limit for an emergency measure. The findings stay inside
 * case-service.
 *
 * @param caseId the case aggregate id
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param riskLevel {@code LOW}, {@code MEDIUM} or {@code HIGH}
 * @param seriousHarm whether the child suffered serious harm, which calls for an
 * emergency measure
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
public record InitialAssessmentRecordedV1(String caseId, String provinceCode, String communeCode, String riskLevel,
		boolean seriousHarm, Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.case.initial-assessment-recorded.v1";

}
