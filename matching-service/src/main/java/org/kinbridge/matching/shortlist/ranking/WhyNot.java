package org.kinbridge.matching.shortlist.ranking;

import java.util.List;

/**
 * Why a caregiver is where it is on a shortlist, or not on it.
 *
 * @param caregiverId the caregiver
 * @param listed whether the shortlist lists the caregiver
 * @param rank the rank among all caregivers who meet every hard rule, or {@code null}
 * when a rule is broken
 * @param brokenRules every hard rule the caregiver breaks
 * @param summary one sentence: "listed at rank N", or what keeps it off
 */
public record WhyNot(String caregiverId, boolean listed, Integer rank, List<BrokenRule> brokenRules, String summary) {
}
