package org.kinbridge.family.outreach.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * Record that the commune followed up with an interested person.
 *
 * @param followedUpOn the day of the visit or call
 */
public record RecordFollowUp(@TargetAggregateIdentifier String interestId, String notes, LocalDate followedUpOn,
		Acting by) {
}
