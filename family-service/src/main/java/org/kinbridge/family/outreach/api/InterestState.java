package org.kinbridge.family.outreach.api;

/**
 * Where someone who showed interest in caring stands:
 * {@code INTERESTED -> FOLLOWED_UP -> REGISTERED | DECLINED}.
 */
public enum InterestState {

	/** Interest was recorded; nobody has followed up yet. */
	INTERESTED,
	/** The commune followed up, at least once. */
	FOLLOWED_UP,
	/** The person registered as a caregiver; the interest names the caregiver. */
	REGISTERED,
	/** The person decided not to go on, or could not. */
	DECLINED

}
