package org.kinbridge.cases.alternativecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinbridge.cases.alternativecare.AlternativeCareProperties.ProvinceSettings;

/** The national eligibility rules, and how far a province may tighten them. */
class AlternativeCareRulesTest {

	@Test
	void aProvinceWithoutSettingsFollowsTheNationalRules() {
		AlternativeCareRules rules = AlternativeCareScenarios.rules(Map.of());

		assertThat(rules.of("91")).isEqualTo(new AlternativeCareRules.ProvinceRules(6, 7));
	}

	@Test
	void aProvinceMayAskForNewerPhotosAndHearYoungerChildren() {
		AlternativeCareRules rules = AlternativeCareScenarios
			.rules(Map.of("91", new ProvinceSettings(3, null), "1", new ProvinceSettings(null, 6)));

		assertThat(rules.of("91")).isEqualTo(new AlternativeCareRules.ProvinceRules(3, 7));
		assertThat(rules.of("01")).as("YAML reads an unquoted 01 as 1")
			.isEqualTo(new AlternativeCareRules.ProvinceRules(6, 6));
	}

	@Test
	void aLaxerSettingOrAKeyThatIsNoProvinceStopsTheService() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ProvinceSettings(12, null))
			.withMessageContaining("photo-max-age-months");
		assertThatIllegalArgumentException().isThrownBy(() -> new ProvinceSettings(null, 10))
			.withMessageContaining("child-opinion-from-age");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AlternativeCareProperties(Map.of("an-giang", new ProvinceSettings(3, null))))
			.withMessageContaining("kinbridge.cases.alternative-care.an-giang");
	}

}
