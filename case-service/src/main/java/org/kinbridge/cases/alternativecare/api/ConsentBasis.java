package org.kinbridge.cases.alternativecare.api;

/** On what the placement in alternative care rests (Circular 14/2020 Art. 5 cl. 4). */
public enum ConsentBasis {

	/** The written consent of a parent. */
	PARENT_CONSENT,
	/** The written consent of the child's guardian. */
	GUARDIAN_CONSENT,
	/** No consent is needed or can be had, on a ground of law that is named. */
	LEGAL_EXCEPTION

}
