package org.kinbridge.cases.alternativecare.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Record the consent to a child's alternative care, or the legal exception. On a
 * confirmed need only as a correction, with its reason.
 */
public record RecordConsent(@TargetAggregateIdentifier String caseId, String needId, String childId, Consent consent,
		String correctionReason, Acting by) {
}
