package org.kinbridge.matching.candidates;

/**
 * Where a caregiver stands on the commune register, as far as matching knows. Only an
 * {@link #ELIGIBLE} caregiver can be shortlisted.
 */
public enum CandidateState {

	/** Registered, not (yet) found eligible. */
	REGISTERED,

	/** Found eligible by the commune chair and on the register. */
	ELIGIBLE,

	/** Takes no new child until reinstated. */
	SUSPENDED,

	/** Left the register for good; nothing brings the caregiver back. */
	REMOVED

}
