package org.kinbridge.cases.assessment.api;

/** The protective measures of Decree 56/2017 Arts 31–32. */
public enum EmergencyMeasureKind {

	/** Can thiệp khẩn cấp: emergency intervention. */
	EMERGENCY_MEASURE,
	/**
	 * Tạm thời cách ly: the child is separated from the harmful environment or person.
	 */
	TEMPORARY_SEPARATION

}
