package org.kinbridge.cases.intake.api;

/** What the report says may be happening to the child. */
public enum Concern {

	VIOLENCE, SEXUAL_ABUSE, EXPLOITATION, NEGLECT_OR_ABANDONMENT, TRAFFICKING, OTHER

}
