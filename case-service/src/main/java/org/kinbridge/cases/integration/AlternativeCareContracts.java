package org.kinbridge.cases.integration;

import org.kinbridge.cases.alternativecare.api.AlternativeCareEligibilityConfirmed;
import org.kinbridge.cases.alternativecare.api.AlternativeCareNeedEnded;
import org.kinbridge.cases.alternativecare.api.ChildProfile;
import org.kinbridge.cases.alternativecare.api.RelativeRef;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;

/**
 * The public forms of the need for alternative care. The internal events already hold no
 * names, addresses or phones; these mappings add nothing that could carry one.
 */
final class AlternativeCareContracts {

	private AlternativeCareContracts() {
	}

	/**
	 * The first child of the need is the child of the event; the others are the siblings
	 * who need care with them.
	 */
	static AlternativeCareNeededV1 needed(AlternativeCareEligibilityConfirmed confirmed) {
		return new AlternativeCareNeededV1(confirmed.needId(), confirmed.caseId(), confirmed.provinceCode(),
				confirmed.communeCode(), profile(confirmed.children().get(0), confirmed.caseId()),
				confirmed.siblingGroupId(),
				confirmed.children().stream().skip(1).map(child -> profile(child, confirmed.caseId())).toList(),
				confirmed.keepSiblingsTogether(), confirmed.careTypesSought().stream().map(Enum::name).toList(),
				confirmed.relatives().stream().map(AlternativeCareContracts::relative).toList(),
				new AlternativeCareNeededV1.Eligibility(confirmed.category().name(), true,
						confirmed.consentBasis().name(), confirmed.childOpinionObtained()),
				confirmed.reason(), confirmed.legalBasis(), confirmed.by().at(),
				new ActorRef(confirmed.by().userId(), confirmed.by().role()));
	}

	/** The need names its first child, as the need announced. */
	static AlternativeCareNeedEndedV1 ended(AlternativeCareNeedEnded ended) {
		return new AlternativeCareNeedEndedV1(ended.needId(), ended.caseId(), ended.childIds().get(0),
				ended.provinceCode(), ended.communeCode(), ended.reason().name(), ended.note(), ended.by().at(),
				new ActorRef(ended.by().userId(), ended.by().role()));
	}

	private static AlternativeCareNeededV1.ChildProfile profile(ChildProfile child, String caseId) {
		return new AlternativeCareNeededV1.ChildProfile(child.childId(), caseId, child.sex().name(),
				child.dateOfBirth(), child.estimatedAge(), child.ethnicity(), child.religion(), child.languages(),
				child.needs(), child.specialCircumstanceGroups());
	}

	private static AlternativeCareNeededV1.Relative relative(RelativeRef relative) {
		return new AlternativeCareNeededV1.Relative(relative.relativeId(), relative.relation().name(),
				relative.provinceCode(), relative.communeCode(), relative.caregiverId());
	}

}
