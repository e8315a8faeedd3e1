package org.kinbridge.matching.shortlist.ranking;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a shortlist is computed from; the same inputs always give the same ranking.
 *
 * @param need the child's need
 * @param caregivers every caregiver considered, ordered by id
 * @param ruleSet the configuration
 * @param overrides preferences set aside, each with a reason
 * @param splitSiblingsReason why the sibling group may be placed apart, or {@code null}
 * @param referenceDate the day ages are counted on
 */
public record ShortlistInputs(NeedSnapshot need, List<CaregiverSnapshot> caregivers, RuleSet ruleSet,
		List<PreferenceOverride> overrides, String splitSiblingsReason, LocalDate referenceDate) {

	public ShortlistInputs {
		caregivers = List.copyOf(caregivers);
		overrides = (overrides != null) ? List.copyOf(overrides) : List.of();
	}

}
