package org.kinbridge.family.registration.api;

/** How a household member is related to the applicant. */
public enum Relation {

	SPOUSE, CHILD, PARENT, PARENT_IN_LAW, GRANDPARENT, GRANDCHILD, SIBLING, OTHER_RELATIVE, NOT_RELATED

}
