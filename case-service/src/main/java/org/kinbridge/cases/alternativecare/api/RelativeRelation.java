package org.kinbridge.cases.alternativecare.api;

/**
 * How a relative is related to the child, as kinship care asks (Law on Children Art. 62).
 */
public enum RelativeRelation {

	GRANDPARENT, AUNT_OR_UNCLE, ADULT_SIBLING, OTHER_RELATIVE

}
