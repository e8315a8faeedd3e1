package org.kinbridge.family.caregiver;

/** Where a caregiver stands, from registration to the register and off it. */
public enum CaregiverState {

	/** The registration or kinship notification was received. */
	REGISTERED,
	/** At least one vetting check has been recorded; no decision yet. */
	VETTING,
	/** Found eligible and on the commune register; can take children. */
	ELIGIBLE,
	/** Found ineligible; the file is closed. */
	INELIGIBLE,
	/** The applicant withdrew before a decision. */
	WITHDRAWN,
	/** On the register but takes no new child until reinstated. */
	SUSPENDED,
	/** Taken off the register for good. */
	REMOVED

}
