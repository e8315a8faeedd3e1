package org.kinbridge.family.outreach.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/** The interested person registered as this caregiver. */
public record LinkRegistration(@TargetAggregateIdentifier String interestId, String caregiverId, Acting by) {
}
