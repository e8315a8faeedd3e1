package org.kinbridge.family.registration.api;

/** How a relative who offers kinship care is related to the child. */
public enum KinRelation {

	GRANDPARENT, AUNT_OR_UNCLE, ADULT_SIBLING, STEP_PARENT, COUSIN, OTHER_RELATIVE

}
