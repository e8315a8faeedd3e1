package org.kinbridge.analytics;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The analytics app's settings under {@code kinbridge.analytics}.
 *
 * @param keyFile the pseudonym key (env {@code KINBRIDGE_ANALYTICS_KEY_FILE})
 * @param generateMissingKey whether a missing key file is created with a new key: on for
 * a local run and tests, off in production
 * @param targets the model's targets for the share of children needing alternative care
 * who are placed, sorted by year
 */
@ConfigurationProperties("kinbridge.analytics")
public record AnalyticsProperties(Path keyFile, Boolean generateMissingKey, List<Target> targets) {

	public AnalyticsProperties {
		keyFile = (keyFile != null) ? keyFile : Path.of(".kinbridge/local/analytics-pseudonym.key");
		generateMissingKey = (generateMissingKey != null) ? generateMissingKey : Boolean.TRUE;
		targets = ((targets != null && !targets.isEmpty()) ? targets
				: List.of(new Target(2025, 65), new Target(2030, 90)))
			.stream()
			.sorted(Comparator.comparingInt(Target::year))
			.toList();
	}

	/**
	 * @param year the year by which the share is to be reached
	 * @param percentPlaced the share in percent
	 */
	public record Target(int year, double percentPlaced) {

		public Target {
			if (percentPlaced < 0 || percentPlaced > 100) {
				throw new IllegalArgumentException(
						"kinbridge.analytics.targets: percent-placed must be between 0 and 100, was " + percentPlaced);
			}
		}

	}

}
