package org.kinbridge.family.decision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/** The applicant withdrew the registration before a decision; an officer records it. */
public record WithdrawRegistration(@TargetAggregateIdentifier String caregiverId, String reason, Acting by) {
}
