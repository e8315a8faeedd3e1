package org.kinbridge.matching.placement.api;

/** A caregiver's standing on the commune register, as family-service publishes it. */
public enum Standing {

	ELIGIBLE, SUSPENDED, REMOVED

}
