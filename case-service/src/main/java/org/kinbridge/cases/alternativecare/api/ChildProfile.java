package org.kinbridge.cases.alternativecare.api;

import java.time.LocalDate;
import java.util.List;

import org.kinbridge.cases.intake.api.Sex;

/**
 * A child as matching-service learns of them when eligibility is confirmed: no name, no
 * address, no narrative.
 *
 * @param languages the first language of the report and those the officer added
 * @param needs the officer's need codes, and {@code DISABILITY} when the report recorded
 * one
 * @param specialCircumstanceGroups the group codes of Law on Children Art. 10 from the
 * report
 */
public record ChildProfile(String childId, Sex sex, LocalDate dateOfBirth, Integer estimatedAge, String ethnicity,
		String religion, List<String> languages, List<String> needs, List<String> specialCircumstanceGroups) {
}
