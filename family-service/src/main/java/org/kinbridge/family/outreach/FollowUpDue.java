package org.kinbridge.family.outreach;

import java.time.LocalDate;

/**
 * An interested person nobody has followed up yet, and the day the follow-up falls due.
 *
 * @param daysOverdue days since {@code dueOn}; negative while it is still ahead
 */
public record FollowUpDue(String interestId, String communeCode, String fullName, String phone, String sourceSessionId,
		LocalDate interestedOn, LocalDate dueOn, long daysOverdue) {
}
