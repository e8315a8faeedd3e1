package org.kinbridge.family.vetting.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/** The caregiver attended an offered session, or did not. */
@Revision("1")
public record CounsellingAttendanceRecorded(String caregiverId, String sessionId, boolean attended, String note,
		Acting by) {
}
