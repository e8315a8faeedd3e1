package org.kinbridge.matching.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * family-service suspended, reinstated or removed a caregiver.
 *
 * @param by the actor of family-service's event
 */
public record RecordCaregiverStanding(@TargetAggregateIdentifier String caregiverId, String provinceCode,
		Standing standing, Acting by) {
}
