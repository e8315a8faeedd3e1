package org.kinbridge.matching.access;

/**
 * What matching's access log calls the records it shows. A service that shows several
 * kinds of personal record names the kind on every read, so that an auditor can ask for
 * one kind.
 */
public final class ReadSubjects {

	/**
	 * A child's need for alternative care with the child's matching profile; the id is
	 * the need's.
	 */
	public static final String WAITING_CHILD = "waiting-child";

	/**
	 * A stored shortlist: caregivers ranked for one child; the label is the need's id.
	 */
	public static final String SHORTLIST = "shortlist";

	/** A placement of a child with a caregiver; the label is the need's id. */
	public static final String PLACEMENT = "placement";

	/** A caregiver as matching knows it. */
	public static final String CAREGIVER = "caregiver";

	/** Every kind, as the access-records API accepts it. */
	static final String ANY = WAITING_CHILD + "|" + SHORTLIST + "|" + PLACEMENT + "|" + CAREGIVER;

	private ReadSubjects() {
	}

}
