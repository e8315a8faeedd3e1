package org.kinbridge.family.household.api;

/** What changed in a caregiver's household since it was registered. */
public enum HouseholdChangeKind {

	/** Someone came to live in the home; they need consent and the proceedings check. */
	MEMBER_JOINED,
	/** A household member moved out (or died). */
	MEMBER_LEFT,
	/** The health of the applicant, the co-applicant or a member changed. */
	HEALTH_CHANGED,
	/**
	 * The legal status of the applicant, the co-applicant or a member changed: criminal
	 * or administrative proceedings, a conviction, civil capacity, residence.
	 */
	LEGAL_STATUS_CHANGED

}
