package org.kinbridge.matching.shortlist.ranking;

/**
 * A hard rule a caregiver breaks, and why, in words an officer can check.
 *
 * @param rule the rule
 * @param labelVi the rule's name in Vietnamese
 * @param text what breaks it
 */
public record BrokenRule(HardRule rule, String labelVi, String text) {

	static BrokenRule of(HardRule rule, String text) {
		return new BrokenRule(rule, rule.labelVi(), text);
	}

}
