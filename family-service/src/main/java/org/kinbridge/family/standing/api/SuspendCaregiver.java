package org.kinbridge.family.standing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * Take an eligible caregiver off matching for now, for example while a concern is looked
 * into.
 */
public record SuspendCaregiver(@TargetAggregateIdentifier String caregiverId, String reason, String legalBasis,
		Acting by) {
}
