package org.kinbridge.cases.reading;

/** Why a child's record was read, as the access log keeps it. */
public enum AccessPurpose {

	/** One case was opened. */
	CASE_VIEW,
	/** The case appeared in a caseload list. */
	CASELOAD,
	/** The case was found by a search by number or name. */
	SEARCH,
	/** The case was compared with a possible duplicate. */
	DUPLICATE_REVIEW,
	/**
	 * What a referral shares of the case was shown to the commune or province it was sent
	 * to.
	 */
	SHARED_BY_REFERRAL,
	/** The case's children appeared on a commune's list. */
	COMMUNE_LIST,
	/** The case's children were exported in a commune's list (CSV or PDF). */
	COMMUNE_LIST_EXPORT,
	/** The case was opened as it stood at an earlier instant. */
	AS_OF_VIEW

}
