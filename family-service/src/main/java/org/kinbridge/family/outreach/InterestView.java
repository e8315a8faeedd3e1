package org.kinbridge.family.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kinbridge.family.outreach.api.InterestState;

/**
 * Someone who showed interest in caring, with every follow-up.
 *
 * @param interestedOn the day of interest, from which the follow-up falls due
 * @param caregiverId the caregiver they registered as, once {@code REGISTERED}
 */
public record InterestView(String interestId, String provinceCode, String communeCode, String fullName, String phone,
		String sourceSessionId, String note, InterestState state, LocalDate interestedOn, String recordedBy,
		Instant recordedAt, List<FollowUp> followUps, String caregiverId, LocalDate registeredOn, String declinedReason,
		LocalDate declinedOn) {

	/** One visit or call to an interested person, by whom and when. */
	public record FollowUp(String notes, LocalDate followedUpOn, String userId, String role, Instant recordedAt) {
	}

}
