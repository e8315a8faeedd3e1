package org.kinbridge.contracts.matching;

import java.time.Instant;
import java.time.LocalDate;

import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: a monitoring report on a running placement was made (Circular
 * 14 Art. 13); the next one falls due. Its summary stays inside matching-service.
 *
 * @param placementId the placement aggregate id
 * @param needId the need the placement answers
 * @param caseId the child's case
 * @param childId the child
 * @param caregiverId the caregiver of the placement
 * @param provinceCode the tenant
 * @param communeCode the child's commune, which handles the placement
 * @param reportedOn the day of the report
 * @param trigger {@code SCHEDULED} or {@code CHANGE}
 * @param withinTimeLimit whether it was made by the day it was due
 * @param nextDueOn the day the next report is due
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
public record MonitoringReportRecordedV1(String placementId, String needId, String caseId, String childId,
		String caregiverId, String provinceCode, String communeCode, LocalDate reportedOn, String trigger,
		boolean withinTimeLimit, LocalDate nextDueOn, Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.matching.monitoring-report-recorded.v1";

}
