package org.kinbridge.family.outreach.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * Record someone who showed interest in caring for a child.
 *
 * @param sourceSessionId the session where they showed it, or {@code null}
 * @param note anything the commune should know, or {@code null}
 */
public record RecordInterest(@TargetAggregateIdentifier String interestId, String communeCode, String fullName,
		String phone, String sourceSessionId, String note, Acting by) {
}
