package org.kinbridge.contracts.cases;

import java.time.Instant;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: an emergency measure or a temporary separation of the child
 * (Decree 56/2017 Arts 31-32) was applied. Its description stays inside case-service.
 *
 * @param caseId the case aggregate id
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param kind {@code EMERGENCY_MEASURE} or {@code TEMPORARY_SEPARATION}
 * @param legalBasis the provisions the measure rests on
 * @param withinTimeLimit whether it met the open emergency-measure time limit;
 * {@code false} when none was open or it had run out
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
public record EmergencyMeasureRecordedV1(String caseId, String provinceCode, String communeCode, String kind,
		String legalBasis, boolean withinTimeLimit, Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.case.emergency-measure-recorded.v1";

}
