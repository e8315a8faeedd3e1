package org.kinbridge.family.registration.api;

/** Sex as recorded on civil documents. */
public enum Sex {

	MALE, FEMALE

}
