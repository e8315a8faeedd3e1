package org.kinbridge.family.capacity.api;

/** What a placement event did to the caregiver's places. */
public enum PlaceOutcome {

	/** A place was taken for the placement. */
	TAKEN,
	/** The placement already held a place: a redelivery. */
	ALREADY_TAKEN,
	/** No place could be taken; the placement was refused. */
	REFUSED,
	/** The placement was refused before: a redelivery. */
	ALREADY_REFUSED,
	/** The placement had ended before its decision arrived, so it takes no place. */
	ALREADY_ENDED,
	/** The placement's place was given back. */
	RELEASED,
	/**
	 * The placement held no place (it was refused, or ended before): nothing to give
	 * back.
	 */
	NOTHING_HELD,
	/**
	 * The caregiver never heard of the placement; its end is noted for a late decision.
	 */
	END_NOTED

}
