package org.kinbridge.cases.alternativecare.api;

/** Why a child no longer needs alternative care. */
public enum NeedEndReason {

	RETURNED_TO_FAMILY, NO_LONGER_NEEDED,
	/** Recorded by the service when the case is closed with the need still open. */
	CASE_CLOSED, CHILD_TURNED_16, ADOPTED,
	/** Any other reason, stated in the note. */
	OTHER

}
