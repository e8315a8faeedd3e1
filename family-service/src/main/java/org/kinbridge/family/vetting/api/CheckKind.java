package org.kinbridge.family.vetting.api;

/**
 * The conditions of Law on Children Art. 63(2) and Decree 56/2017 that the commune
 * verifies before a caregiver can be found eligible, one check per condition and person.
 */
public enum CheckKind {

	/**
	 * Lives in Vietnam; a foreigner has lived there for the configured months (6) and may
	 * stay for the configured months more (12). Per applicant.
	 */
	RESIDES_IN_VIETNAM,

	/**
	 * An adult with full civil capacity (năng lực hành vi dân sự đầy đủ). Per applicant.
	 */
	FULL_CIVIL_CAPACITY,

	/** A health certificate no older than the configured months (6). Per applicant. */
	HEALTH_CERTIFICATE,

	/**
	 * Lý lịch tư pháp: the judicial record, required for foreigners or for every
	 * applicant as the province configures. Per applicant.
	 */
	JUDICIAL_RECORD,

	/**
	 * No criminal or administrative proceedings for child abuse, and none of the listed
	 * convictions. Per applicant and per household member from the configured age.
	 */
	NO_CHILD_ABUSE_PROCEEDINGS,

	/**
	 * Suitable housing and economic conditions, from a home visit report. Per household.
	 */
	SUITABLE_HOUSING_AND_MEANS,

	/** The applicant registers of their own free will. Per applicant. */
	VOLUNTARY,

	/**
	 * The household member agrees to the child living with them. Per household member
	 * from the configured age.
	 */
	HOUSEHOLD_CONSENT

}
