package org.kinbridge.matching.placement.api;

/**
 * An event in the life of one placement. Each names the placement and who caused it, so
 * that sagas and views can follow a placement without loading it.
 */
public interface PlacementEvent {

	PlacementRef placement();

	Acting by();

	/** The placement's id, by which sagas associate with its events. */
	default String placementId() {
		return placement().placementId();
	}

}
