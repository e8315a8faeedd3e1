package org.kinbridge.family.outreach.api;

/** Whom an information session or talk was for. */
public enum Audience {

	/** Parents, about alternative care for their children. */
	PARENTS,
	/** People who might become caregivers. */
	CAREGIVERS,
	/** The community at large, e.g. at a hamlet meeting. */
	COMMUNITY

}
