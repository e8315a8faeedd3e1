package org.kinbridge.cases.referral.api;

/**
 * The legal grounds on which a referral may go without the consent of the parent or
 * guardian, or without the child's opinion.
 */
public enum OverrideGround {

	/** The child is in danger and waiting for consent would prolong it. */
	CHILD_SAFETY_EMERGENCY,
	/** A court ordered the referral. */
	COURT_ORDER,
	/** The parent or guardian whose consent would be asked is the alleged abuser. */
	PARENT_IS_ALLEGED_ABUSER,
	/** The police or a prosecutor asked for the referral in an investigation. */
	LAW_ENFORCEMENT_REQUEST,
	/** The child has no parent or guardian who can be reached. */
	NO_PARENT_OR_GUARDIAN_REACHABLE

}
