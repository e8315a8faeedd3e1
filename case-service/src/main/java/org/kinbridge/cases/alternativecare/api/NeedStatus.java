package org.kinbridge.cases.alternativecare.api;

/** Where a need for alternative care stands. */
public enum NeedStatus {

	/** The commune found that the child needs alternative care; the checklist is open. */
	IDENTIFIED,
	/** Every document of every child's dossier is recorded. */
	DOSSIER_COMPLETE,
	/** The commune confirmed eligibility and matching-service was told. */
	ELIGIBLE,
	/** The child no longer needs alternative care. */
	ENDED

}
