package org.kinbridge.family.decision.api;

import java.time.LocalDate;
import java.util.List;

import org.kinbridge.family.registration.api.CareType;
import org.kinbridge.family.registration.api.Preferences;
import org.kinbridge.family.registration.api.Sex;

/**
 * What matching needs to know of an eligible caregiver, as it stood on the decision: no
 * names, identity numbers, contact, health or judicial details.
 *
 * @param kinCaseId the case of the named child of a kinship registration, or {@code null}
 * @param applicantDateOfBirth for the rule that a non-relative is at least 20 years older
 * than the child (Law on Children Art. 63(2)(d))
 * @param householdSize applicants and household members together
 */
public record MatchingProfile(List<CareType> careTypes, String kinCaseId, int capacity, int placed,
		Preferences preferences, List<String> languages, String ethnicity, String religion, Sex applicantSex,
		LocalDate applicantDateOfBirth, int householdSize) {
}
