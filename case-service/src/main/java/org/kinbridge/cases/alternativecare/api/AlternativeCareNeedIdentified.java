package org.kinbridge.cases.alternativecare.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * The commune found that children of the case need alternative care (AC_NEED_IDENTIFIED);
 * the eligibility checklist opens.
 */
@Revision("1")
public record AlternativeCareNeedIdentified(String caseId, String needId, List<String> childIds,
		boolean keepSiblingsTogether, String splitReason, AlternativeCareCategory category, String reason,
		String legalBasis, boolean inFacility, String facilityListApprovalRef, List<CareType> careTypesSought,
		List<MatchingProfile> profiles, Acting by) {
}
