package org.kinbridge.matching.shortlist.ranking;

import java.util.List;

/**
 * A listed caregiver, with every point explained.
 *
 * @param rank 1 for the best
 * @param caregiverId the caregiver
 * @param communeCode where the caregiver lives
 * @param kin whether a relative of the child
 * @param crossProvinceReferral a relative in another province: that province's office
 * must be asked, and nothing of the caregiver but id and commune is shown
 * @param careType the kind of care the caregiver would give, from those the case seeks
 * @param points the points earned
 * @param maxPoints the most points a caregiver could earn for this child
 * @param score {@code points * 100 / maxPoints}, rounded down
 * @param contributions the points of each factor
 * @param overrides the preferences set aside for this caregiver
 * @param explanation the contributions and overrides as lines of text
 */
public record RankedCandidate(int rank, String caregiverId, String communeCode, boolean kin,
		boolean crossProvinceReferral, String careType, int points, int maxPoints, int score,
		List<Contribution> contributions, List<OverrideApplied> overrides, List<String> explanation) {

	/**
	 * A preference set aside for the caregiver.
	 *
	 * @param rule the preference rule
	 * @param reason the officer's reason
	 * @param text what the preference would have refused
	 */
	public record OverrideApplied(HardRule rule, String reason, String text) {
	}

}
