package org.kinbridge.matching.placement.api;

/** Who declined a proposal. */
public enum DecliningParty {

	CAREGIVER, CHILD

}
