package org.kinbridge.cases.referral.api;

/**
 * To whom a case is referred: a service that helps the child, or another commune or
 * province that takes the case over.
 */
public enum ReferralTargetType {

	/** A health facility. */
	HEALTH,
	/** A school or education office. */
	EDUCATION,
	/** A legal aid centre. */
	LEGAL_AID,
	/** Psychological or social support. */
	PSYCHOSOCIAL,
	/** The police. */
	POLICE,
	/** A social work centre (Trung tâm công tác xã hội). */
	SOCIAL_WORK_CENTRE,
	/** Another commune of the same province, which takes the case over if it accepts. */
	OTHER_COMMUNE,
	/** A commune of another province, which takes the case over if it accepts. */
	OTHER_PROVINCE;

	/**
	 * @return whether accepting the referral hands the case over, rather than a service
	 * answering it
	 */
	public boolean transfersTheCase() {
		return this == OTHER_COMMUNE || this == OTHER_PROVINCE;
	}

}
