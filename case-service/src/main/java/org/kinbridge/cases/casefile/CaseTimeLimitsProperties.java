package org.kinbridge.cases.casefile;

import java.util.Map;

import org.kinbridge.cases.plan.api.PlanDraftingStart;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The case time limits each province configures, under
 * {@code kinbridge.cases.time-limits.<province>}. A province may shorten the national
 * limits but not lengthen them, so a longer value stops the service at start-up.
 *
 * @param timeLimits the limits by two-digit province code
 */
@ConfigurationProperties("kinbridge.cases")
public record CaseTimeLimitsProperties(Map<String, ProvinceTimeLimits> timeLimits) {

	public CaseTimeLimitsProperties {
		timeLimits = ProvinceKeyed.byProvinceCode("kinbridge.cases.time-limits", timeLimits);
	}

	/**
	 * One province's limits; a missing value is the national one.
	 *
	 * @param emergencyMeasureHours clock hours from a report's receipt within which an
	 * emergency measure is due when serious harm is found (Decree 56/2017 Art. 26 cl. 3:
	 * 12)
	 * @param planDraftingWorkingDays working days within which the plan is drafted and
	 * submitted (Decree 56/2017 Art. 28 cl. 1: 5)
	 * @param planDraftingCountedFrom the assessment from which those days are counted
	 */
	public record ProvinceTimeLimits(Integer emergencyMeasureHours, Integer planDraftingWorkingDays,
			PlanDraftingStart planDraftingCountedFrom) {

		public ProvinceTimeLimits {
			requireWithin("emergency-measure-hours", emergencyMeasureHours,
					CaseTimeLimits.NATIONAL_EMERGENCY_MEASURE_HOURS);
			requireWithin("plan-drafting-working-days", planDraftingWorkingDays,
					CaseTimeLimits.NATIONAL_PLAN_DRAFTING_WORKING_DAYS);
		}

		private static void requireWithin(String name, Integer value, int nationalLimit) {
			if (value != null && (value < 1 || value > nationalLimit)) {
				throw new IllegalArgumentException("kinbridge.cases.time-limits.<province>." + name
						+ " must be between 1 and the national limit " + nationalLimit + ", was " + value);
			}
		}

	}

}
