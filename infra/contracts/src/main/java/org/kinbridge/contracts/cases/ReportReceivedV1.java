package org.kinbridge.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: an intake report (Form 01) about one or more children was
 * recorded and a case was opened for it.
 * <p>
 * Nullable fields are always written, as {@code null}, because the schema requires every
 * field to be present; {@link JsonInclude.Include#ALWAYS} keeps that true even when a
 * service configures its mapper to drop nulls.
 *
 * @param caseId the case aggregate id
 * @param caseNumber the human-readable number, {@code <province>-<year>-<sequence>}
 * @param provinceCode the tenant
 * @param communeCode the commune the report concerns
 * @param channel how the report arrived, for example {@code HOTLINE_111}
 * @param receivedAt when the office received the report
 * @param recordedBy who recorded it
 * @param children the reported children, at least one
 * @param siblingGroupId links the children when they are siblings, otherwise {@code null}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportReceivedV1(String caseId, String caseNumber, String provinceCode, String communeCode,
		String channel, Instant receivedAt, ActorRef recordedBy, List<Child> children, String siblingGroupId) {

	public static final String TYPE = "org.kinbridge.case.report-received.v1";

	/**
	 * A reported child. Either the date of birth or an estimated age is usually known,
	 * but an intake may have neither.
	 *
	 * @param childId the child id
	 * @param fullName the full name as reported
	 * @param sex {@code MALE} or {@code FEMALE}
	 * @param dateOfBirth the date of birth, or {@code null} if unknown
	 * @param estimatedAge the estimated age in years, or {@code null}
	 * @param concerns protection concerns, for example {@code NEGLECT}
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Child(String childId, String fullName, String sex, LocalDate dateOfBirth, Integer estimatedAge,
			List<String> concerns) {
	}

}
