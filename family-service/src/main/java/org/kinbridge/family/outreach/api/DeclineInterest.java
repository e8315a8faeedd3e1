package org.kinbridge.family.outreach.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/** The interested person will not go on; the reason is kept. */
public record DeclineInterest(@TargetAggregateIdentifier String interestId, String reason, Acting by) {
}
