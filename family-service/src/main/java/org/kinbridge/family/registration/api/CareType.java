package org.kinbridge.family.registration.api;

/** The forms of alternative care a caregiver offers (Law on Children Art. 62). */
public enum CareType {

	/** Chăm sóc bởi người thân thích: care by a relative of the child. */
	KINSHIP,
	/** Care by a person or family who is not a relative. */
	NON_RELATIVE,
	/** Short-notice care while a longer solution is found. */
	EMERGENCY,
	/** Short breaks for a child's usual carers. */
	RESPITE

}
