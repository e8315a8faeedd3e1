package org.kinbridge.contracts.family;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the commune verified one condition of Law on Children Art.
 * 63(2) for one person or the household. Names, residence details and the documents
 * themselves stay inside family-service; the evidence is named by its filing reference.
 *
 * @param caregiverId the caregiver aggregate id
 * @param provinceCode the tenant
 * @param communeCode the commune where the caregiver lives
 * @param kind the condition, for example {@code NO_CHILD_ABUSE_PROCEEDINGS}
 * @param subject whom the check is about: {@code applicant}, {@code co-applicant},
 * {@code household} or {@code member-<n>}
 * @param outcome {@code PASSED} or {@code FAILED}
 * @param reason the verifier's note, or {@code null}
 * @param expiresOn the last day the check holds, or {@code null} when it does not expire
 * @param inputs the evidence the check rests on
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VettingCheckRecordedV1(String caregiverId, String provinceCode, String communeCode, String kind,
		String subject, String outcome, String reason, LocalDate expiresOn, Inputs inputs, Instant recordedAt,
		ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.family.vetting-check-recorded.v1";

	/**
	 * The evidence a check rests on.
	 *
	 * @param evidenceReference where the document is filed, for example the certificate
	 * number, or {@code null}
	 * @param evidenceIssuedOn when it was issued or the visit took place, or {@code null}
	 * @param evidenceValidUntil the last day the document states it is valid, or
	 * {@code null}
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Inputs(String evidenceReference, LocalDate evidenceIssuedOn, LocalDate evidenceValidUntil) {
	}

}
