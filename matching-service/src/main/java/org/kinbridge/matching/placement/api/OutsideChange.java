package org.kinbridge.matching.placement.api;

/** What another service changed that a placement rests on. */
public enum OutsideChange {

	/** family-service suspended the caregiver. */
	CAREGIVER_SUSPENDED,

	/** family-service removed the caregiver from the register. */
	CAREGIVER_REMOVED,

	/** family-service had no place for the placement. */
	PLACE_REFUSED,

	/** case-service ended the child's need for alternative care. */
	NEED_ENDED

}
