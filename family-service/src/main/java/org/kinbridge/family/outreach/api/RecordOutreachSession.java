package org.kinbridge.family.outreach.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * Record an information session or talk about alternative care held in a commune.
 *
 * @param heldOn the day it was held
 * @param place where, e.g. the hamlet's cultural house
 * @param hamlet the hamlet (ấp, thôn, tổ dân phố), as a name or a local code, or
 * {@code null} for the commune as a whole
 * @param ledBy who led it
 * @param attendance how many people came
 */
public record RecordOutreachSession(@TargetAggregateIdentifier String sessionId, String communeCode, LocalDate heldOn,
		String place, String hamlet, String topic, String ledBy, int attendance, Audience audience, Acting by) {
}
