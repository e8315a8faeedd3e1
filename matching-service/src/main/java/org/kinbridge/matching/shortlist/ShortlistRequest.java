package org.kinbridge.matching.shortlist;

import java.util.List;

/**
 * The optional body of a request for a shortlist.
 *
 * @param overrides preferences of named caregivers to set aside, each with a reason
 * @param splitSiblings the reason to place the sibling group apart, or {@code null}
 */
public record ShortlistRequest(List<Override> overrides, SplitSiblings splitSiblings) {

	public ShortlistRequest {
		overrides = (overrides != null) ? overrides : List.of();
	}

	/**
	 * @param caregiverId the caregiver
	 * @param rule a preference rule, for example {@code PREFERENCE_AGE_RANGE}
	 * @param reason why it is set aside
	 */
	public record Override(String caregiverId, String rule, String reason) {
	}

	/**
	 * @param reason why the siblings may be placed apart
	 */
	public record SplitSiblings(String reason) {
	}

}
