package org.kinbridge.family.vetting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/** Record whether the caregiver attended an offered session. */
public record RecordCounsellingAttendance(@TargetAggregateIdentifier String caregiverId, String sessionId,
		boolean attended, String note, Acting by) {
}
