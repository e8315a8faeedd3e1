package org.kinbridge.matching.reporting;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The targets each province set itself for the share of children in need of alternative
 * care who are placed, under {@code kinbridge.matching.reporting.targets.<province>}.
 *
 * @param targets the targets by two-digit province code, each sorted by year
 */
@ConfigurationProperties("kinbridge.matching.reporting")
public record ReportingProperties(Map<String, List<Target>> targets) {

	public ReportingProperties {
		Map<String, List<Target>> byProvince = new HashMap<>();
		if (targets != null) {
			// YAML reads an unquoted 01 as the number 1.
			targets.forEach((key, list) -> byProvince.put((key.length() == 1) ? "0" + key : key,
					list.stream().sorted(Comparator.comparingInt(Target::year)).toList()));
		}
		targets = Map.copyOf(byProvince);
	}

	/**
	 * @param year the year by which the share is to be reached
	 * @param percentPlaced the share of children needing care who are placed, in percent
	 */
	public record Target(int year, double percentPlaced) {

		public Target {
			if (percentPlaced < 0 || percentPlaced > 100) {
				throw new IllegalArgumentException(
						"kinbridge.matching.reporting.targets: percent-placed must be between 0 and 100, was "
								+ percentPlaced);
			}
		}

	}

}
