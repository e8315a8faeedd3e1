package org.kinbridge.family.household.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.registration.api.HouseholdMember;

/**
 * Record a change in the caregiver's household that the commune learned of. The checks it
 * bears on must be verified again; a province may also suspend the caregiver meanwhile.
 *
 * @param changeId the id of the report
 * @param subject whom it is about ({@code applicant}, {@code co-applicant} or a
 * {@code member-<n>}); {@code null} for a member who joins
 * @param joining the member who joins, without an id yet, or {@code null}
 * @param details what changed, in the officer's words
 * @param reportedAt when the commune was told
 * @param reportedBy who told the commune, e.g. the applicant or the hamlet head
 */
public record ReportHouseholdChange(@TargetAggregateIdentifier String caregiverId, String changeId,
		HouseholdChangeKind kind, String subject, HouseholdMember joining, String details, Instant reportedAt,
		String reportedBy, Acting by) {
}
