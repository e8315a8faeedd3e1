package org.kinbridge.cases.referral.api;

/** How consent was given. */
public enum ConsentForm {

	/** Signed; the document is referenced. */
	WRITTEN,
	/** Said to the officer, who recorded it. */
	VERBAL

}
