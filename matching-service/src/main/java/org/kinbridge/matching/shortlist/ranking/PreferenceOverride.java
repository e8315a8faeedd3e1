package org.kinbridge.matching.shortlist.ranking;

/**
 * An officer sets one of a caregiver's preferences aside for this child, for example
 * because the caregiver agreed on the phone to take a child one year older.
 *
 * @param caregiverId the caregiver
 * @param rule a preference rule
 * @param reason why, in the officer's words
 */
public record PreferenceOverride(String caregiverId, HardRule rule, String reason) {
}
