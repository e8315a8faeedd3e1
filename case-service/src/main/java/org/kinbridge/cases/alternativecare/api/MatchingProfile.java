package org.kinbridge.cases.alternativecare.api;

import java.util.List;

/**
 * What the officer adds to a child's matching profile, on top of what the report
 * recorded.
 *
 * @param languages ISO 639 codes of languages the child speaks besides the first language
 * of the report
 * @param needs codes of disabilities and care needs, such as {@code HEARING} or
 * {@code MEDICAL_CARE}
 */
public record MatchingProfile(String childId, List<String> languages, List<String> needs) {

	public MatchingProfile {
		languages = (languages != null) ? List.copyOf(languages) : List.of();
		needs = (needs != null) ? List.copyOf(needs) : List.of();
	}

}
