package org.kinbridge.cases.alternativecare.api;

/** The documents of a child's dossier for alternative care (Decree 56/2017 Art. 38). */
public enum DossierItem {

	/** A copy of the birth certificate or identity document, if the child has one. */
	BIRTH_CERTIFICATE_OR_ID,
	/** The child's health record. */
	HEALTH_RECORD,
	/** Two photos, not older than the province allows on the day of confirmation. */
	PHOTOS,
	/** The assessment of the child's situation on Form 10. */
	ASSESSMENT_FORM_10

}
