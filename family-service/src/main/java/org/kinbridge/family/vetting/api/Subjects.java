package org.kinbridge.family.vetting.api;

/**
 * Whom a vetting check is about: the applicant, the co-applicant, the whole household, or
 * one household member by its {@code member-<n>} id.
 */
public final class Subjects {

	public static final String APPLICANT = "applicant";

	public static final String CO_APPLICANT = "co-applicant";

	public static final String HOUSEHOLD = "household";

	public static final String MEMBER_PREFIX = "member-";

	private Subjects() {
	}

	/**
	 * @param position the member's position on the form, from 1
	 * @return the member's subject id
	 */
	public static String member(int position) {
		return MEMBER_PREFIX + position;
	}

	public static boolean isApplicant(String subject) {
		return APPLICANT.equals(subject) || CO_APPLICANT.equals(subject);
	}

}
