package org.kinbridge.cases.intake.api;

/** Sex as recorded on civil documents, or as reported. */
public enum Sex {

	MALE, FEMALE, UNKNOWN

}
