package org.kinbridge.matching.shortlist;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The shortlist's rule sets: {@code kinbridge.matching.rules.default.*} for every
 * province, {@code kinbridge.matching.rules.<province>.*} for one, each with its own
 * version. Anything left out comes from the defaults (built in: version
 * {@value ShortlistRules#BUILT_IN_VERSION}).
 *
 * @param rules the settings by {@code default} or province code
 */
@ConfigurationProperties("kinbridge.matching")
public record MatchingRulesProperties(Map<String, RuleSetSettings> rules) {

	public MatchingRulesProperties {
		rules = (rules != null) ? Map.copyOf(rules) : Map.of();
	}

	/**
	 * One rule set's settings.
	 *
	 * @param version the version, for example {@code 2026-1}; required whenever a weight
	 * differs from the rule set it derives from
	 * @param shortlistLength how many caregivers a shortlist lists
	 * @param weights the points of the ranking factors
	 */
	public record RuleSetSettings(String version, Integer shortlistLength, WeightSettings weights) {
	}

	/** Weights of the ranking factors; {@code null} keeps the inherited one. */
	public record WeightSettings(Integer kin, Integer siblingsTogether, Integer ethnicity, Integer religion,
			Integer language, Integer sameCommune, Integer sameProvince, Integer continuity, Integer needs,
			Integer preferenceFit) {
	}

}
