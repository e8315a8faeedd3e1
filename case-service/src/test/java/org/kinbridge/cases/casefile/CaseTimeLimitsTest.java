package org.kinbridge.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinbridge.cases.casefile.CaseTimeLimitsProperties.ProvinceTimeLimits;
import org.kinbridge.cases.plan.api.PlanDraftingStart;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The national time limits, and how a province configures shorter ones. */
class CaseTimeLimitsTest {

	@Test
	void withoutConfigurationTheNationalLimitsApply() {
		CaseTimeLimits limits = CaseFileScenarios.timeLimits(Map.of());
		assertThat(limits.emergencyMeasureWithin("91")).isEqualTo(Duration.ofHours(12));
		assertThat(limits.planDraftingWorkingDays("91")).isEqualTo(5);
		assertThat(limits.planDraftingCountedFrom("91")).isEqualTo(PlanDraftingStart.INITIAL_ASSESSMENT);
	}

	@Test
	void aProvincesLimitsApplyToThatProvinceOnly() {
		CaseTimeLimits limits = CaseFileScenarios
			.timeLimits(Map.of("79", new ProvinceTimeLimits(2, 3, PlanDraftingStart.SPECIFIC_ASSESSMENT)));
		assertThat(limits.emergencyMeasureWithin("79")).isEqualTo(Duration.ofHours(2));
		assertThat(limits.planDraftingWorkingDays("79")).isEqualTo(3);
		assertThat(limits.planDraftingCountedFrom("79")).isEqualTo(PlanDraftingStart.SPECIFIC_ASSESSMENT);
		assertThat(limits.emergencyMeasureWithin("91")).isEqualTo(Duration.ofHours(12));
	}

	@Test
	void readsEachProvincesLimitsFromConfiguration() {
		Binder binder = new Binder(
				new MapConfigurationPropertySource(Map.of("kinbridge.cases.time-limits.79.emergency-measure-hours", "2",
						"kinbridge.cases.time-limits.79.plan-drafting-counted-from", "SPECIFIC_ASSESSMENT")));
		CaseTimeLimitsProperties properties = binder.bind("kinbridge.cases", CaseTimeLimitsProperties.class).get();
		assertThat(properties.timeLimits())
			.containsExactly(entry("79", new ProvinceTimeLimits(2, null, PlanDraftingStart.SPECIFIC_ASSESSMENT)));
	}

	@Test
	void aProvinceCodeThatYamlReadAsANumberIsPaddedAgain() {
		CaseTimeLimitsProperties properties = new CaseTimeLimitsProperties(
				Map.of("1", new ProvinceTimeLimits(6, null, null)));
		assertThat(properties.timeLimits()).containsOnlyKeys("01");
	}

	@Test
	void noProvinceMayLengthenTheNationalLimits() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ProvinceTimeLimits(13, null, null))
			.withMessageContaining("emergency-measure-hours");
		assertThatIllegalArgumentException().isThrownBy(() -> new ProvinceTimeLimits(null, 6, null))
			.withMessageContaining("plan-drafting-working-days");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CaseTimeLimitsProperties(Map.of("An Giang", new ProvinceTimeLimits(6, 5, null))))
			.withMessageContaining("two-digit province code");
	}

}
