package org.kinbridge.family.vetting.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * Offer the caregiver a counselling or training session.
 *
 * @param provider who gives it, e.g. a child-protection service provider
 */
public record OfferCounselling(@TargetAggregateIdentifier String caregiverId, String sessionId, CounsellingKind kind,
		String topic, String provider, LocalDate scheduledOn, Acting by) {
}
