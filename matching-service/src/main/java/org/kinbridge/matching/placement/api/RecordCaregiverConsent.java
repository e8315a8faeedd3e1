package org.kinbridge.matching.placement.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the caregiver consents to receive the child (Law on Children 2016 Art. 64).
 */
public record RecordCaregiverConsent(@TargetAggregateIdentifier String placementId, LocalDate consentedOn, String note,
		Acting by) {
}
