package org.kinbridge.cases.referral.api;

/** Who consented to a referral on the child's behalf. */
public enum ConsentGiver {

	PARENT, GUARDIAN

}
