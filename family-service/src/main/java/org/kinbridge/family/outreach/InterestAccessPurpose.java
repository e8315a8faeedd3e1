package org.kinbridge.family.outreach;

/** Why an interested person's name and phone were read, as the access log keeps it. */
public enum InterestAccessPurpose {

	/** The person's interest, with every follow-up, was opened. */
	INTEREST_VIEW,
	/** The person appeared in a list of interested people. */
	LIST,
	/** The person appeared in the list of follow-ups due. */
	FOLLOW_UP_REVIEW

}
