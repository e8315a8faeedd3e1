package org.kinbridge.matching.placement;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The placement rules each province configures, under
 * {@code kinbridge.matching.placement.provinces.<province>}. A province may be stricter
 * than the national rules but not looser, so a looser value stops the service at
 * start-up.
 *
 * @param provinces the rules by two-digit province code
 * @param holdConfirmation how long a place held for a proposal waits for the proposal to
 * be made before it is freed again
 */
@ConfigurationProperties("kinbridge.matching.placement")
public record PlacementRulesProperties(Map<String, ProvinceRules> provinces, Duration holdConfirmation) {

	private static final Pattern PROVINCE = Pattern.compile("\\d{2}");

	public PlacementRulesProperties {
		Map<String, ProvinceRules> byProvince = new HashMap<>();
		if (provinces != null) {
			provinces.forEach((key, rules) -> byProvince.put(provinceCode(key), rules));
		}
		provinces = Map.copyOf(byProvince);
		holdConfirmation = (holdConfirmation != null) ? holdConfirmation : Duration.ofMinutes(15);
	}

	private static String provinceCode(String key) {
		// YAML reads an unquoted 01 as the number 1.
		String code = (key.length() == 1) ? "0" + key : key;
		if (!PROVINCE.matcher(code).matches()) {
			throw new IllegalArgumentException(
					"kinbridge.matching.placement.provinces." + key + ": the key must be a two-digit province code");
		}
		return code;
	}

	/**
	 * One province's rules; a missing value is the national one.
	 *
	 * @param childOpinionAge the age from which the child's opinion is required before
	 * the decision (national: 7); a province may ask younger children too
	 * @param handoverWorkingDays working days after the decision within which the child
	 * is handed over (national: 15)
	 * @param monitoringMonths months between two monitoring reports (national: 6)
	 */
	public record ProvinceRules(Integer childOpinionAge, Integer handoverWorkingDays, Integer monitoringMonths) {

		public ProvinceRules {
			requireWithin("child-opinion-age", childOpinionAge, 0, PlacementRules.NATIONAL_CHILD_OPINION_AGE);
			requireWithin("handover-working-days", handoverWorkingDays, 1,
					PlacementRules.NATIONAL_HANDOVER_WORKING_DAYS);
			requireWithin("monitoring-months", monitoringMonths, 1, PlacementRules.NATIONAL_MONITORING_MONTHS);
		}

		private static void requireWithin(String name, Integer value, int lowest, int nationalLimit) {
			if (value != null && (value < lowest || value > nationalLimit)) {
				throw new IllegalArgumentException("kinbridge.matching.placement.provinces.<province>." + name
						+ " must be between " + lowest + " and the national " + nationalLimit + ", was " + value);
			}
		}

	}

}
