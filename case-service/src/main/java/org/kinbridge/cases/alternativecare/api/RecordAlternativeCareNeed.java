package org.kinbridge.cases.alternativecare.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Record that children of the case need alternative care: why, on what legal basis, in
 * which category of Art. 62, and what care is sought. Brothers and sisters reported
 * together are kept together unless {@code splitReason} says why not.
 *
 * @param childIds the children of the case who need care together, at least one
 * @param keepSiblingsTogether whether the children must be placed together
 * @param splitReason why brothers and sisters are not all in the need, or not kept
 * together
 * @param inFacility whether the child lives in a social-assistance facility
 * @param facilityListApprovalRef the approval of the facility's list of children for
 * alternative care (Circular 14/2020 Art. 5 cl. 2), for a child in a facility
 */
public record RecordAlternativeCareNeed(@TargetAggregateIdentifier String caseId, String needId, List<String> childIds,
		boolean keepSiblingsTogether, String splitReason, AlternativeCareCategory category, String reason,
		String legalBasis, boolean inFacility, String facilityListApprovalRef, List<CareType> careTypesSought,
		List<MatchingProfile> profiles, Acting by) {

	public RecordAlternativeCareNeed {
		childIds = (childIds != null) ? List.copyOf(childIds) : List.of();
		careTypesSought = (careTypesSought != null) ? List.copyOf(careTypesSought) : List.of();
		profiles = (profiles != null) ? List.copyOf(profiles) : List.of();
	}

}
