package org.kinbridge.matching.children;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A child's need for alternative care as matching sees it: the child's matching profile,
 * the brothers and sisters who need care with the child, the relatives the case knows,
 * and where the case is handled now. Its state follows case-service alone; whether a
 * placement is under way is the placement process's business.
 *
 * @param needId the need, the id the placement process refers to
 * @param caseId the case the need was decided in
 * @param provinceCode the province that handles the case now (the tenant)
 * @param communeCode the commune that handles the case now
 * @param decidedInCommuneCode the commune that handled the case when the need was
 * decided; it stays when the case is handed over, as the child's old surroundings
 * @param child the child
 * @param siblingGroupId links the child with brothers and sisters, or {@code null}
 * @param siblings the brothers and sisters to be cared for together with the child
 * @param keepSiblingsTogether whether the case wants the sibling group placed together
 * @param careTypesSought the kinds of care that fit
 * @param relatives the relatives the case knows, with their caregiver id once they
 * registered
 * @param eligibility why the child is eligible for alternative care
 * @param state waiting, or ended by the case
 * @param since when the need was decided
 * @param locationAsOf the time of the province and commune above, to refuse an older
 * location
 * @param endedAt when the case ended the need, or {@code null}
 * @param endReason why the case ended the need, or {@code null}
 * @param lastEventId the id of the last event that changed the need
 */
@Document(WaitingChild.COLLECTION)
public record WaitingChild(@Id String needId, String caseId, String provinceCode, String communeCode,
		String decidedInCommuneCode, ChildProfile child, String siblingGroupId, List<ChildProfile> siblings,
		boolean keepSiblingsTogether, List<String> careTypesSought, List<Relative> relatives, Eligibility eligibility,
		WaitingState state, Instant since, Instant locationAsOf, Instant endedAt, String endReason,
		String lastEventId) {

	public static final String COLLECTION = "waiting_children";

	/**
	 * @return whether the case still wants alternative care for the child
	 */
	public boolean isWaiting() {
		return this.state == WaitingState.WAITING;
	}

	/**
	 * What matching needs to know about a child (Law on Children Art. 60: ethnicity,
	 * religion and language matter for alternative care).
	 *
	 * @param childId the child
	 * @param caseId the case of this child; a sibling may have been reported in another
	 * @param sex {@code MALE}, {@code FEMALE} or {@code UNKNOWN}
	 * @param dateOfBirth the date of birth, or {@code null} if unknown
	 * @param estimatedAge the estimated age in years, or {@code null}
	 * @param ethnicity an ethnic-group code, or {@code null}
	 * @param religion a religion code, or {@code null}
	 * @param languages ISO 639 codes of the languages the child speaks
	 * @param needs codes of disabilities and care needs
	 * @param specialCircumstanceGroups group codes of Law on Children Art. 10
	 */
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
	 * @param provinceCode where the relative lives
	 * @param communeCode where the relative lives, or {@code null} if unknown
	 * @param caregiverId the caregiver id once the relative registered, otherwise
	 * {@code null}
	 */
	public record Relative(String relativeId, String relation, String provinceCode, String communeCode,
			String caregiverId) {
	}

	/**
	 * Why the child is eligible for alternative care.
	 *
	 * @param category the category of Law on Children Art. 62 cl. 1
	 * @param dossierComplete whether the dossier holds every required document
	 * @param consentBasis on what consent the decision rests
	 * @param childOpinionObtained whether the child's opinion was asked, {@code null}
	 * under 7
	 */
	public record Eligibility(String category, boolean dossierComplete, String consentBasis,
			Boolean childOpinionObtained) {
	}

}
