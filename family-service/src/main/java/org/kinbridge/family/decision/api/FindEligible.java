package org.kinbridge.family.decision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * The commune chair finds the caregiver eligible and places them on the commune register.
 *
 * @param decisionNumber the number of the chair's written decision, or {@code null}
 * @param note why, in the chair's words, or {@code null}
 * @param legalBasis the provisions the decision rests on
 */
public record FindEligible(@TargetAggregateIdentifier String caregiverId, String decisionNumber, String note,
		String legalBasis, Acting by) {
}
