package org.kinbridge.matching.shortlist.ranking;

import java.util.List;

/**
 * The outcome of shortlisting: the best caregivers in order, and how many were left out
 * by which rule.
 *
 * @param candidates the listed caregivers, best first
 * @param considered how many caregivers were considered
 * @param passing how many met every hard rule
 * @param excluded how many broke at least one hard rule
 * @param excludedByRule for each rule broken by anybody, how many broke it (one caregiver
 * may break several)
 */
public record Ranking(List<RankedCandidate> candidates, int considered, int passing, int excluded,
		List<RuleCount> excludedByRule) {

	/**
	 * @param rule a hard rule
	 * @param caregivers how many caregivers broke it
	 */
	public record RuleCount(HardRule rule, int caregivers) {
	}

}
