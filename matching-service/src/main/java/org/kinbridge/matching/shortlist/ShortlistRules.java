package org.kinbridge.matching.shortlist;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.kinbridge.matching.shortlist.ranking.RuleSet;
import org.kinbridge.matching.shortlist.ranking.Weights;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The rule set in force for each province, worked out and checked at start-up, so that a
 * broken configuration stops the service with a one-line reason instead of producing odd
 * shortlists. A rule set whose weights differ from those it derives from must carry its
 * own version: the version is how people tell two shortlists' rules apart.
 */
@Component
@EnableConfigurationProperties(MatchingRulesProperties.class)
public class ShortlistRules {

	/** The version of the built-in defaults. */
	public static final String BUILT_IN_VERSION = "2026-1";

	static final String DEFAULT_KEY = "default";

	private static final String ID_PREFIX = "kinbridge.matching.rules.";

	private static final int BUILT_IN_LENGTH = 20;

	private final RuleSet defaults;

	private final Map<String, RuleSet> byProvince = new HashMap<>();

	public ShortlistRules(MatchingRulesProperties properties) {
		RuleSet builtIn = new RuleSet(ID_PREFIX + DEFAULT_KEY, BUILT_IN_VERSION, Weights.defaults(), BUILT_IN_LENGTH);
		this.defaults = derive(builtIn, ID_PREFIX + DEFAULT_KEY, properties.rules().get(DEFAULT_KEY));
		properties.rules().forEach((key, settings) -> {
			if (!DEFAULT_KEY.equals(key)) {
				if (!key.matches("\\d{2}")) {
					throw new IllegalArgumentException(
							ID_PREFIX + key + " is neither 'default' nor a two-digit province code");
				}
				if (settings == null || settings.version() == null || settings.version().isBlank()) {
					throw new IllegalArgumentException(
							ID_PREFIX + key + ".version is missing: a province's own rules need their own version");
				}
				this.byProvince.put(key, derive(this.defaults, ID_PREFIX + key, settings));
			}
		});
	}

	/**
	 * @param provinceCode the child's province
	 * @return the province's own rule set, or the defaults
	 */
	public RuleSet forProvince(String provinceCode) {
		return this.byProvince.getOrDefault(provinceCode, this.defaults);
	}

	private static RuleSet derive(RuleSet base, String id, MatchingRulesProperties.RuleSetSettings settings) {
		if (settings == null) {
			return base;
		}
		Weights weights = merge(base.weights(), settings.weights());
		String version = (settings.version() != null) ? settings.version() : base.version();
		if (!weights.equals(base.weights()) && Objects.equals(version, base.version())) {
			throw new IllegalArgumentException(
					id + " changes weights but keeps version " + version + ": give it a version of its own");
		}
		int length = (settings.shortlistLength() != null) ? settings.shortlistLength() : base.shortlistLength();
		try {
			return new RuleSet(id, version, weights, length).check();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(id + ": " + ex.getMessage(), ex);
		}
	}

	private static Weights merge(Weights base, MatchingRulesProperties.WeightSettings set) {
		if (set == null) {
			return base;
		}
		return new Weights(or(set.kin(), base.kin()), or(set.siblingsTogether(), base.siblingsTogether()),
				or(set.ethnicity(), base.ethnicity()), or(set.religion(), base.religion()),
				or(set.language(), base.language()), or(set.sameCommune(), base.sameCommune()),
				or(set.sameProvince(), base.sameProvince()), or(set.continuity(), base.continuity()),
				or(set.needs(), base.needs()), or(set.preferenceFit(), base.preferenceFit()));
	}

	private static int or(Integer value, int inherited) {
		return (value != null) ? value : inherited;
	}

}
