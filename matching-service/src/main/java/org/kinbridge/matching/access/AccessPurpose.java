package org.kinbridge.matching.access;

/** Why a record was read in matching-service, as the access log keeps it. */
public enum AccessPurpose {

	/** The record appeared in a list. */
	LIST,
	/** A waiting child's need and profile were opened. */
	PROFILE_VIEW,
	/** A shortlist was made and shown to the officer who made it. */
	SHORTLIST_MADE,
	/** A stored shortlist was opened. */
	SHORTLIST_VIEW,
	/** Why a caregiver was or was not listed on a shortlist was asked. */
	WHY_NOT,
	/** A shortlist was recomputed from its stored inputs. */
	RECOMPUTE,
	/** A placement, with its steps and time limits, was opened. */
	PLACEMENT_VIEW

}
