package org.kinbridge.matching.shortlist.ranking;

import java.util.Objects;

/**
 * The configuration a shortlist was made with. A shortlist stores it whole, so that a
 * later change of configuration never changes how a past shortlist reads or recomputes.
 *
 * @param id which configuration: the province's own or the defaults
 * @param version the configuration's version, for example {@code 2026-1}
 * @param weights the points of each ranking factor
 * @param shortlistLength how many of the best-ranked caregivers the shortlist lists
 */
public record RuleSet(String id, String version, Weights weights, int shortlistLength) {

	/**
	 * Checks a configuration; stored rule sets are not checked again when read.
	 * @return this rule set
	 * @throws IllegalArgumentException with a one-line reason
	 */
	public RuleSet check() {
		Objects.requireNonNull(this.id, "rule set id");
		if (this.version == null || this.version.isBlank()) {
			throw new IllegalArgumentException("rule set " + this.id + " needs a version, for example 2026-1");
		}
		Objects.requireNonNull(this.weights, "rule set " + this.id + " needs weights").check();
		if (this.shortlistLength < 1) {
			throw new IllegalArgumentException("rule set " + this.id + " must list at least one caregiver");
		}
		return this;
	}

}
