package org.kinbridge.matching.placement.api;

/**
 * The kinds of alternative care of Law on Children 2016 Art. 62 as the platform names
 * them.
 */
public enum CareType {

	KINSHIP, NON_RELATIVE, EMERGENCY, RESPITE

}
