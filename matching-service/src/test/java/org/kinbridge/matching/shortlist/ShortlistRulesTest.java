package org.kinbridge.matching.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinbridge.matching.shortlist.MatchingRulesProperties.RuleSetSettings;
import org.kinbridge.matching.shortlist.MatchingRulesProperties.WeightSettings;
import org.kinbridge.matching.shortlist.ranking.Weights;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The rule sets in force: built-in defaults, defaults and provinces overridden by
 * configuration, each change of weights with its own version, and a lawful configuration.
 */
class ShortlistRulesTest {

	private static final WeightSettings NO_CHANGE = new WeightSettings(null, null, null, null, null, null, null, null,
			null, null);

	@Test
	void everyProvinceHasTheBuiltInDefaultsUnlessConfigured() {
		ShortlistRules rules = new ShortlistRules(new MatchingRulesProperties(null));

		assertThat(rules.forProvince("91").id()).isEqualTo("kinbridge.matching.rules.default");
		assertThat(rules.forProvince("91").version()).isEqualTo("2026-1");
		assertThat(rules.forProvince("79").weights()).isEqualTo(Weights.defaults());
		assertThat(rules.forProvince("79").shortlistLength()).isEqualTo(20);
	}

	@Test
	void aProvinceTakesItsOwnVersionAndWeightsOverTheDefaults() {
		ShortlistRules rules = rules(
				Map.of("kinbridge.matching.rules.default.shortlist-length", "10", "kinbridge.matching.rules.91.version",
						"2026-an-giang-1", "kinbridge.matching.rules.91.weights.language", "70"));

		assertThat(rules.forProvince("91").id()).isEqualTo("kinbridge.matching.rules.91");
		assertThat(rules.forProvince("91").version()).isEqualTo("2026-an-giang-1");
		assertThat(rules.forProvince("91").weights().language()).isEqualTo(70);
		assertThat(rules.forProvince("91").weights().kin()).isEqualTo(1000);
		assertThat(rules.forProvince("91").shortlistLength()).isEqualTo(10);
		assertThat(rules.forProvince("79").version()).isEqualTo("2026-1");
		assertThat(rules.forProvince("79").shortlistLength()).isEqualTo(10);
	}

	@Test
	void aProvinceNeedsAVersionOfItsOwn() {
		assertThatThrownBy(() -> new ShortlistRules(new MatchingRulesProperties(Map.of("91",
				new RuleSetSettings(null, null,
						new WeightSettings(null, null, 50, null, null, null, null, null, null, null))))))
			.hasMessage(
					"kinbridge.matching.rules.91.version is missing: a province's own rules need their own version");
	}

	@Test
	void changedDefaultWeightsNeedANewVersion() {
		assertThatThrownBy(() -> rules(Map.of("kinbridge.matching.rules.default.weights.religion", "35"))).hasMessage(
				"kinbridge.matching.rules.default changes weights but keeps version 2026-1: give it a version of its own");
		assertThat(rules(Map.of("kinbridge.matching.rules.default.weights.religion", "35",
				"kinbridge.matching.rules.default.version", "2027-1"))
			.forProvince("91")
			.weights()
			.religion()).isEqualTo(35);
	}

	@Test
	void refusesWeightsThatWouldPutAStrangerBeforeARelative() {
		assertThatThrownBy(() -> new ShortlistRules(new MatchingRulesProperties(Map.of("91",
				new RuleSetSettings("2026-x", null,
						new WeightSettings(100, null, null, null, null, null, null, null, null, null))))))
			.hasMessageStartingWith("kinbridge.matching.rules.91: the kin weight (100) must exceed");
	}

	@Test
	void refusesAKeyThatIsNeitherDefaultNorAProvince() {
		assertThatThrownBy(() -> new ShortlistRules(
				new MatchingRulesProperties(Map.of("an-giang", new RuleSetSettings("1", null, NO_CHANGE)))))
			.hasMessageContaining("neither 'default' nor a two-digit province code");
	}

	private static ShortlistRules rules(Map<String, String> properties) {
		MatchingRulesProperties bound = new Binder(new MapConfigurationPropertySource(properties))
			.bind("kinbridge.matching", MatchingRulesProperties.class)
			.orElseGet(() -> new MatchingRulesProperties(null));
		return new ShortlistRules(bound);
	}

}
