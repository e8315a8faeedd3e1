package org.kinbridge.family.standing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/** Lift a suspension; the eligibility conditions must hold again on that day. */
public record ReinstateCaregiver(@TargetAggregateIdentifier String caregiverId, String reason, String legalBasis,
		Acting by) {
}
