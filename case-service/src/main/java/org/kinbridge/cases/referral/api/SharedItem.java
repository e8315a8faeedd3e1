package org.kinbridge.cases.referral.api;

/**
 * What of the case a referral shares with its target; only what the target needs.
 */
public enum SharedItem {

	/** The referred children's names, sex and date of birth or estimated age. */
	IDENTITY,
	/** The initial and specific assessments and the emergency measures. */
	ASSESSMENT,
	/** The support and intervention plan in force, or the latest draft. */
	PLAN,
	/** Whether the children have a disability, and its description. */
	HEALTH,
	/** When and how the case came in, the concerns, special circumstances and step. */
	CASE_HISTORY,
	/** Where the referred children live. */
	CONTACT

}
