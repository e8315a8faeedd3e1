package org.kinbridge.matching.placement.api;

/** Why a monitoring report was made. */
public enum MonitoringTrigger {

	/** The periodic report, due every few months. */
	SCHEDULED,

	/** Something changed for the child or in the caregiver's household. */
	CHANGE

}
