package org.kinbridge.matching.placement.api;

import java.util.List;

/**
 * What a proposal rests on: the shortlist entry it was taken from, if any, and the
 * reasons the officer can read instead of trusting a bare score.
 *
 * @param shortlistId the shortlist the caregiver was picked from, or {@code null} for a
 * caregiver proposed by hand
 * @param rank the caregiver's place on the shortlist, 1 for one proposed by hand
 * @param score how well the caregiver fits, from 0 to 100
 * @param explanation the reasons for the score, at least one
 */
public record ProposalBasis(String shortlistId, int rank, int score, List<String> explanation) {

	public ProposalBasis {
		explanation = (explanation != null) ? List.copyOf(explanation) : List.of();
	}

}
