package org.kinbridge.matching.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hold one of the caregiver's places for a proposal, before the proposal is made. Refused
 * when every place is held or taken.
 *
 * @param capacity how many children the caregiver can take, as matching's view of the
 * caregiver knows it
 */
public record HoldPlace(@TargetAggregateIdentifier String caregiverId, String provinceCode, String placementId,
		String needId, int capacity, Acting by) {
}
