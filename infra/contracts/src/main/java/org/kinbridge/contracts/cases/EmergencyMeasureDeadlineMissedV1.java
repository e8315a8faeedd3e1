package org.kinbridge.contracts.cases;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Data of {@value #TYPE}: no emergency measure was recorded in time for a child found at
 * serious risk. The time limit raised it, not a person.
 *
 * @param caseId the case aggregate id
 * @param provinceCode the tenant: the province that owned the case at the time
 * @param communeCode the commune that handled the case at the time
 * @param timeLimit the time limit, counted from the receipt of the report
 */
public record EmergencyMeasureDeadlineMissedV1(String caseId, String provinceCode, String communeCode,
		TimeLimit timeLimit) {

	public static final String TYPE = "org.kinbridge.case.emergency-measure-deadline-missed.v1";

	/**
	 * The time limit that ran out.
	 *
	 * @param countedFrom when the time limit started, or {@code null} when the event does
	 * not say
	 * @param dueAt when it ran out
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record TimeLimit(Instant countedFrom, Instant dueAt) {
	}

}
