package org.kinbridge.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the commune decided that a child needs alternative care
 * (Circular 14/2020 Art. 5) and publishes the child's matching profile.
 * <p>
 * Matching-service only needs what decides a match, so names, addresses, the reporter and
 * the case narrative stay inside case-service. Nullable fields are always written, as
 * {@code null}, because the schema requires every field to be present.
 *
 * @param needId the id of this need for alternative care, the subject of the event
 * @param caseId the case the decision was taken in
 * @param provinceCode the tenant
 * @param communeCode the commune that handles the case
 * @param child the child who needs care
 * @param siblingGroupId links the child with brothers and sisters, or {@code null}
 * @param siblings the other children of the sibling group who need care together with the
 * child, possibly empty
 * @param keepSiblingsTogether whether the placement must take the sibling group together
 * @param careTypesSought the kinds of care that fit, at least one of {@code KINSHIP},
 * {@code NON_RELATIVE}, {@code EMERGENCY} or {@code RESPITE}
 * @param relatives relatives known to the case, the first candidates for kinship care
 * (Law on Children Art. 62), possibly empty
 * @param eligibility why the child is eligible and on what consent the decision rests
 * @param reason why the commune decided so, in the officer's words
 * @param legalBasis the provisions the decision rests on
 * @param decidedAt when the decision was recorded
 * @param decidedBy who decided
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AlternativeCareNeededV1(String needId, String caseId, String provinceCode, String communeCode,
		ChildProfile child, String siblingGroupId, List<ChildProfile> siblings, boolean keepSiblingsTogether,
		List<String> careTypesSought, List<Relative> relatives, Eligibility eligibility, String reason,
		String legalBasis, Instant decidedAt, ActorRef decidedBy) {

	public static final String TYPE = "org.kinbridge.case.alternative-care-needed.v1";

	/**
	 * What matching needs to know about a child. Ethnicity, religion and language matter
	 * for alternative care (Law on Children Art. 60) and are sensitive personal data.
	 *
	 * @param childId the child id
	 * @param caseId the case of this child; siblings may have been reported in other
	 * cases
	 * @param sex {@code MALE}, {@code FEMALE} or {@code UNKNOWN}
	 * @param dateOfBirth the date of birth, or {@code null} if unknown
	 * @param estimatedAge the estimated age in years, or {@code null}
	 * @param ethnicity an ethnic-group code such as {@code KINH}, or {@code null}
	 * @param religion a religion code such as {@code NONE}, or {@code null}
	 * @param languages ISO 639 codes of the languages the child speaks, possibly empty
	 * @param needs codes of disabilities and care needs, for example {@code HEARING} or
	 * {@code MEDICAL_CARE}, possibly empty
	 * @param specialCircumstanceGroups group codes of Law on Children Art. 10, possibly
	 * empty
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record ChildProfile(String childId, String caseId, String sex, LocalDate dateOfBirth, Integer estimatedAge,
			String ethnicity, String religion, List<String> languages, List<String> needs,
			List<String> specialCircumstanceGroups) {
	}

	/**
	 * A relative of the child, without name or address.
	 *
	 * @param relativeId the relative's id inside the case
	 * @param relation {@code GRANDPARENT}, {@code AUNT_OR_UNCLE}, {@code ADULT_SIBLING}
	 * or {@code OTHER_RELATIVE}
	 * @param provinceCode the province where the relative lives
	 * @param communeCode the commune where the relative lives, or {@code null} if unknown
	 * @param caregiverId the caregiver id once the relative registered as kin caregiver,
	 * otherwise {@code null}
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Relative(String relativeId, String relation, String provinceCode, String communeCode,
			String caregiverId) {
	}

	/**
	 * Why the child is eligible for alternative care and on what consent the decision
	 * rests.
	 *
	 * @param category the category of Law on Children Art. 62 cl. 1, for example
	 * {@code ORPHANED_OR_ABANDONED}
	 * @param dossierComplete whether the dossier holds every required document
	 * @param consentBasis {@code PARENT_CONSENT}, {@code GUARDIAN_CONSENT} or
	 * {@code LEGAL_EXCEPTION}
	 * @param childOpinionObtained whether the child's opinion was obtained, {@code null}
	 * when the child is under 7 and none is required
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Eligibility(String category, boolean dossierComplete, String consentBasis,
			Boolean childOpinionObtained) {
	}

}
