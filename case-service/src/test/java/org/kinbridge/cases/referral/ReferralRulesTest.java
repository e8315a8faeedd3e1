package org.kinbridge.cases.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinbridge.cases.casefile.CaseFileScenarios;
import org.kinbridge.cases.referral.ReferralRulesProperties.ProvinceReferralRules;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The national referral rules, and how a province configures its own. */
class ReferralRulesTest {

	@Test
	void withoutConfigurationChildrenAreAskedFromSevenAndTargetsHaveFiveWorkingDays() {
		ReferralRules rules = ReferralScenarios.rules(Map.of());
		assertThat(rules.childOpinionAge("91")).isEqualTo(7);
		assertThat(rules.responseWorkingDays("91")).isEqualTo(5);
	}

	@Test
	void aProvincesRulesApplyToThatProvinceOnlyAndOnItsCalendar() {
		ReferralRules rules = ReferralScenarios.rules(Map.of("79", new ProvinceReferralRules(6, 3)));
		assertThat(rules.childOpinionAge("79")).isEqualTo(6);
		assertThat(rules.childOpinionAge("91")).isEqualTo(7);
		// Three working days from Monday 30 November 2026 end on Thursday 3 December.
		assertThat(LocalDate.ofInstant(rules.responseDue("79", ReferralScenarios.REFERRED), CaseFileScenarios.VIETNAM))
			.isEqualTo(LocalDate.of(2026, 12, 3));
	}

	@Test
	void readsEachProvincesRulesFromConfiguration() {
		Binder binder = new Binder(
				new MapConfigurationPropertySource(Map.of("kinbridge.cases.referral.79.child-opinion-age", "6",
						"kinbridge.cases.referral.79.response-working-days", "10",
						"kinbridge.cases.time-limits.79.emergency-measure-hours", "2")));
		ReferralRulesProperties properties = binder.bind("kinbridge.cases", ReferralRulesProperties.class).get();
		assertThat(properties.referral()).containsExactly(entry("79", new ProvinceReferralRules(6, 10)));
	}

	@Test
	void noProvinceMayWaitForAnOlderChildThanTheLawOrForeverForAnAnswer() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ProvinceReferralRules(8, null))
			.withMessageContaining("child-opinion-age");
		assertThatIllegalArgumentException().isThrownBy(() -> new ProvinceReferralRules(null, 0))
			.withMessageContaining("response-working-days");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReferralRulesProperties(Map.of("An Giang", new ProvinceReferralRules(6, 5))))
			.withMessageContaining("kinbridge.cases.referral.An Giang: the key must be a two-digit province code");
	}

}
