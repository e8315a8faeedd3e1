package org.kinbridge.family.reading;

/** Why a caregiver's personal data was read, as the access log keeps it. */
public enum AccessPurpose {

	/** The caregiver's file was opened. */
	FILE_VIEW,
	/** The caregiver appeared in a list of caregivers. */
	LIST,
	/** The caregiver appeared on the commune register as read on screen. */
	REGISTER,
	/** The caregiver was part of an exported commune register. */
	REGISTER_EXPORT,
	/** The caregiver appeared in the list of evidence about to expire. */
	EXPIRY_REVIEW

}
