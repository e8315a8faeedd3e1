package org.kinbridge.family.standing.api;

/** Why a caregiver leaves the commune register (after Law on Children Art. 69). */
public enum RemovalReason {

	/** The caregiver no longer meets the conditions of Art. 63(2). */
	NO_LONGER_MEETS_CONDITIONS,
	/** The caregiver violated Art. 6 and harmed a child. */
	HARMED_A_CHILD,
	/** The caregiver asked to leave the register. */
	CAREGIVER_REQUEST,
	/** The caregiver moved out of the commune. */
	MOVED_AWAY, DECEASED,
	/** Any other reason, stated in the details. */
	OTHER

}
