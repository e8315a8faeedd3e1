package org.kinbridge.matching.shortlist;

/**
 * An auditor's check of a stored shortlist: its stored inputs digested and ranked again
 * under its stored rule set, by the code running now.
 *
 * @param shortlistId the shortlist
 * @param ruleSetId the rule set it was made with
 * @param ruleSetVersion its version
 * @param identical whether the outcome is exactly the stored one and the inputs match
 * their digest
 * @param inputsDigestMatches whether the stored inputs still give the stored digest
 * @param rankingMatches whether ranking them again gives the stored outcome
 */
public record Recomputation(String shortlistId, String ruleSetId, String ruleSetVersion, boolean identical,
		boolean inputsDigestMatches, boolean rankingMatches) {
}
