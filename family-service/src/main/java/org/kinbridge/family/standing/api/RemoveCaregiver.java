package org.kinbridge.family.standing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/** Take the caregiver off the commune register for good; {@code details} for OTHER. */
public record RemoveCaregiver(@TargetAggregateIdentifier String caregiverId, RemovalReason reason, String details,
		String legalBasis, Acting by) {
}
