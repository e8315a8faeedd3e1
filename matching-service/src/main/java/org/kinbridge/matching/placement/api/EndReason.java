package org.kinbridge.matching.placement.api;

/**
 * Why a decided or running placement ended: the grounds of Law on Children 2016 Art. 69
 * and the outcomes of the process before the handover.
 */
public enum EndReason {

	RETURNED_TO_PARENTS, ADOPTED, CHILD_TURNED_16,
	/** The caregiver no longer meets the conditions of Art. 63, or was removed. */
	CAREGIVER_INELIGIBLE, CAREGIVER_HARMED_CHILD, CAREGIVER_REQUEST, CHILD_SERIOUS_MISCONDUCT,
	/** The decision was not carried out: the child was never handed over. */
	HANDOVER_CANCELLED,
	/** family-service had no place for the decided placement. */
	CAPACITY_REFUSED, OTHER

}
