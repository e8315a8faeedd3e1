package org.kinbridge.cases.alternativecare.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * The commune confirmed that the children of the need are eligible for alternative care
 * (ELIGIBILITY_CONFIRMED). It holds what matching-service is told, as it was on that day,
 * and nothing more: no names, no addresses, no phones.
 *
 * @param children the children of the need, the first being the one the need is about
 * @param consentBasis the basis of the first child's consent
 * @param childOpinionObtained {@code true} when a child of the need was old enough to be
 * heard (and was), {@code null} when none was
 * @param note what the decision added to the reason
 */
@Revision("1")
public record AlternativeCareEligibilityConfirmed(String caseId, String needId, String provinceCode, String communeCode,
		String siblingGroupId, List<ChildProfile> children, boolean keepSiblingsTogether,
		List<CareType> careTypesSought, List<RelativeRef> relatives, AlternativeCareCategory category,
		ConsentBasis consentBasis, Boolean childOpinionObtained, String reason, String legalBasis, String note,
		Acting by) {
}
