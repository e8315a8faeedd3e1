package org.kinbridge.cases.intake.api;

/**
 * How a report reached the commune (Circular 14/2020; the 111 hotline's forwarded calls
 * included).
 */
public enum ReportChannel {

	/** Tổng đài 111: the national child-protection hotline. */
	HOTLINE_111, POLICE, SCHOOL, COMMUNE_OFFICE, FACILITY,
	/** A village collaborator's survey or home visit. */
	COLLABORATOR_SURVEY, CHILD_OR_FAMILY, NEIGHBOUR, OTHER

}
