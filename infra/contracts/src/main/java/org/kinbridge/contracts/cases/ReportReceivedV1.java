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
 * service configures its mapper to drop nulls. Who reported, the free-text summary, where
 * the incident happened and the description of a disability stay inside case-service.
 *
 * @param caseId the case aggregate id
 * @param caseNumber the human-readable number, {@code <province>-<year>-<sequence>}
 * @param provinceCode the tenant
 * @param communeCode the commune that handles the case
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
	 * but an intake may have neither. Ethnicity, religion and language matter for
	 * alternative care (Law on Children Art. 60) and are sensitive personal data.
	 *
	 * @param childId the child id
	 * @param fullName the full name as reported
	 * @param sex {@code MALE}, {@code FEMALE} or {@code UNKNOWN}
	 * @param dateOfBirth the date of birth, or {@code null} if unknown
	 * @param estimatedAge the estimated age in years, or {@code null}
	 * @param ethnicity an ethnic-group code such as {@code KINH}, or {@code null}
	 * @param religion a religion code such as {@code NONE}, or {@code null}
	 * @param language the first language as an ISO 639 code such as {@code vi}, or
	 * {@code null}
	 * @param hasDisability whether the child has a disability, {@code null} if unknown
	 * @param residence the commune where the child lives, as recorded on the day of
	 * receipt
	 * @param concerns protection concerns, for example {@code NEGLECT_OR_ABANDONMENT}
	 * @param specialCircumstances groups of Law on Children Art. 10, possibly empty
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Child(String childId, String fullName, String sex, LocalDate dateOfBirth, Integer estimatedAge,
			String ethnicity, String religion, String language, Boolean hasDisability, AdministrativeUnit residence,
			List<String> concerns, List<SpecialCircumstance> specialCircumstances) {
	}

	/**
	 * An administrative unit as recorded: codes are reused after mergers, so the code
	 * comes with the day it was valid on.
	 *
	 * @param code the five-digit commune code
	 * @param validOn the day on which the code was valid, the day of receipt
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record AdministrativeUnit(String code, LocalDate validOn) {
	}

	/**
	 * A special-circumstance group and, when known, its sub-group, as codes of the
	 * province's code list.
	 *
	 * @param group the group code, such as {@code ORPHANED}
	 * @param subGroup the sub-group code, such as {@code ORPHANED.WITH_RELATIVES}, or
	 * {@code null}
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record SpecialCircumstance(String group, String subGroup) {
	}

}
