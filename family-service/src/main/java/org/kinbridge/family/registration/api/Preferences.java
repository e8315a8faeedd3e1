package org.kinbridge.family.registration.api;

import java.util.List;

/**
 * Which children the caregiver feels able to care for. Matching uses them to rank, not to
 * exclude by itself.
 *
 * @param minAge the youngest age in years, or {@code null} for any
 * @param maxAge the oldest age in years, or {@code null} for any
 * @param sexes the sexes, empty for any
 * @param siblingGroups whether they can take brothers and sisters together (Law on
 * Children Art. 60(4))
 * @param needs codes of the disabilities and needs they can care for, e.g.
 * {@code DISABILITY}
 */
public record Preferences(Integer minAge, Integer maxAge, List<Sex> sexes, boolean siblingGroups, List<String> needs) {

	/** No preference stated. */
	public static final Preferences NONE = new Preferences(null, null, List.of(), false, List.of());

}
