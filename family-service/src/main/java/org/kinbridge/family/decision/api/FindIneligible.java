package org.kinbridge.family.decision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/** The commune chair finds the caregiver ineligible, saying why. */
public record FindIneligible(@TargetAggregateIdentifier String caregiverId, String decisionNumber, String reason,
		String legalBasis, Acting by) {
}
