package org.kinbridge.family.vetting.api;

/** What the verifier found. */
public enum CheckOutcome {

	PASSED, FAILED

}
