package org.kinbridge.matching.shortlist.ranking;

import java.util.ArrayList;
import java.util.List;

/**
 * A child's need for alternative care as the shortlist saw it.
 *
 * @param needId the need
 * @param caseId the case of the need
 * @param provinceCode the province that handles the case
 * @param communeCode the commune that handles the case
 * @param decidedInCommuneCode the commune where the need was decided, the child's old
 * surroundings
 * @param child the child
 * @param siblings brothers and sisters to be cared for with the child
 * @param keepSiblingsTogether whether the case wants them placed together
 * @param careTypesSought the kinds of care that fit; empty for any
 * @param relatives the relatives the case knows who registered as caregivers
 */
public record NeedSnapshot(String needId, String caseId, String provinceCode, String communeCode,
		String decidedInCommuneCode, ChildSnapshot child, List<ChildSnapshot> siblings, boolean keepSiblingsTogether,
		List<String> careTypesSought, List<RelativeSnapshot> relatives) {

	public NeedSnapshot {
		siblings = (siblings != null) ? List.copyOf(siblings) : List.of();
		careTypesSought = (careTypesSought != null) ? List.copyOf(careTypesSought) : List.of();
		relatives = (relatives != null) ? List.copyOf(relatives) : List.of();
	}

	/**
	 * @return the child followed by the siblings
	 */
	public List<ChildSnapshot> siblingGroup() {
		List<ChildSnapshot> group = new ArrayList<>(1 + this.siblings.size());
		group.add(this.child);
		group.addAll(this.siblings);
		return group;
	}

	/**
	 * A relative the case names, who registered as caregiver.
	 *
	 * @param caregiverId the relative's caregiver id
	 * @param relation {@code GRANDPARENT}, {@code AUNT_OR_UNCLE}, ...
	 */
	public record RelativeSnapshot(String caregiverId, String relation) {
	}

}
