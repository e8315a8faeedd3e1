package org.kinbridge.cases.intake.api;

/** How the person who reported knows the child (Form 01: quan hệ với trẻ em). */
public enum ReporterRelation {

	/** The child reported their own situation. */
	CHILD_THEMSELF,
	/** Father or mother. */
	PARENT,
	/** Grandparent, sibling, aunt, uncle or another relative. */
	RELATIVE,
	/** A guardian or caregiver who is not a relative. */
	CAREGIVER, NEIGHBOUR,
	/** Teacher or other school staff. */
	TEACHER, HEALTH_WORKER, POLICE,
	/** A commune or village official. */
	OFFICIAL,
	/** A child-protection collaborator or volunteer. */
	COLLABORATOR, OTHER

}
