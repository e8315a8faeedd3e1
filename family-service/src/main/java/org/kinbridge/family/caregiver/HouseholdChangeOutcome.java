package org.kinbridge.family.caregiver;

import java.util.List;

/**
 * The answer to a recorded household change.
 *
 * @param subject whom the change is about; for a member who joined, their new id
 * @param reverify the checks to verify again, e.g. {@code HOUSEHOLD_CONSENT of member-4}
 * @param caregiver where the caregiver stands afterwards, {@code SUSPENDED} if the
 * province suspends on household changes
 */
public record HouseholdChangeOutcome(String subject, List<String> reverify, CaregiverStatus caregiver) {
}
