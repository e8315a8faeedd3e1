package org.kinbridge.family.reading;

import java.time.Instant;
import java.time.LocalDate;

import org.kinbridge.family.vetting.api.CounsellingKind;

/**
 * A counselling or training session offered to the caregiver.
 *
 * @param attended {@code null} until attendance is recorded
 */
public record SessionEntry(String sessionId, CounsellingKind kind, String topic, String provider, LocalDate scheduledOn,
		String offeredBy, Boolean attended, String attendanceNote, Instant attendanceRecordedAt) {

	SessionEntry attendance(boolean attended, String note, Instant at) {
		return new SessionEntry(this.sessionId, this.kind, this.topic, this.provider, this.scheduledOn, this.offeredBy,
				attended, note, at);
	}

}
