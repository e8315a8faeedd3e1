package org.kinbridge.matching.shortlist.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The checks that keep a configuration lawful: relatives first, the commune before the
 * province.
 */
class WeightsTest {

	@Test
	void theDefaultsPassTheirOwnChecks() {
		assertThat(Weights.defaults().check()).isEqualTo(Weights.defaults());
	}

	@Test
	void refusesAKinWeightThatOtherFactorsTogetherCouldEqual() {
		assertThatThrownBy(() -> new Weights(320, 60, 40, 30, 40, 50, 20, 20, 50, 30).check())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage(
					"the kin weight (320) must exceed all other weights together (320) so that relatives come first");
	}

	@Test
	void refusesAProvinceThatCountsAsMuchAsTheCommune() {
		assertThatThrownBy(() -> new Weights(1000, 60, 40, 30, 40, 20, 20, 20, 50, 30).check())
			.hasMessageContaining("same commune must weigh more");
	}

	@Test
	void refusesNegativeWeights() {
		assertThatThrownBy(() -> new Weights(1000, -1, 40, 30, 40, 50, 20, 20, 50, 30).check())
			.hasMessage("ranking weights must not be negative");
	}

	@Test
	void aRuleSetNeedsAVersionAndAtLeastOnePlace() {
		assertThatThrownBy(() -> new RuleSet("r", " ", Weights.defaults(), 20).check()).hasMessageContaining("version");
		assertThatThrownBy(() -> new RuleSet("r", "2026-1", Weights.defaults(), 0).check())
			.hasMessageContaining("at least one");
	}

}
