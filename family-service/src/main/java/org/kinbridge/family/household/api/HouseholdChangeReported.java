package org.kinbridge.family.household.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.registration.api.HouseholdMember;

/**
 * The commune recorded a change in the caregiver's household. A member who joins gets the
 * next free {@code member-<n>} id, never one a former member had, so that checks stay
 * with the person they were about.
 *
 * @param subject whom the change is about; for a member who joins, their new id
 * @param member the member who joined, with their id, or {@code null}
 */
@Revision("1")
public record HouseholdChangeReported(String caregiverId, String provinceCode, String communeCode, String changeId,
		HouseholdChangeKind kind, String subject, HouseholdMember member, String details, Instant reportedAt,
		String reportedBy, Acting by) {
}
