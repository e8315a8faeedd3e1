package org.kinbridge.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The per-user budget. The defaults are far above what a person clicking through the web
 * client needs, and above what the demo-data loader and the local-stack tests send as one
 * user, so only a runaway script meets them.
 *
 * @param requestsPerSecond the steady rate each user's budget refills at
 * @param burst how many requests a user may send at once after being idle
 * @param idleTimeout how long an unused budget is kept; a user seen again later starts
 * full
 * @param maxTrackedClients the most budgets kept at once, to bound memory
 */
@ConfigurationProperties("kinbridge.gateway.rate-limit")
public record RateLimitProperties(Integer requestsPerSecond, Integer burst, Duration idleTimeout,
		Long maxTrackedClients) {

	public RateLimitProperties {
		requestsPerSecond = positive("requests-per-second", (requestsPerSecond != null) ? requestsPerSecond : 50);
		burst = positive("burst", (burst != null) ? burst : 200);
		idleTimeout = (idleTimeout != null) ? idleTimeout : Duration.ofMinutes(10);
		maxTrackedClients = positive("max-tracked-clients", (maxTrackedClients != null) ? maxTrackedClients : 20_000L);
		if (burst < requestsPerSecond) {
			throw new IllegalArgumentException("kinbridge.gateway.rate-limit.burst (" + burst
					+ ") must be at least requests-per-second (" + requestsPerSecond + ")");
		}
	}

	/**
	 * @return how long an emptied budget takes to fill up again; evicting a budget idle
	 * for less would hand its user more than the burst
	 */
	public Duration timeToRefill() {
		return Duration.ofMillis((long) Math.ceil(this.burst * 1000.0 / this.requestsPerSecond));
	}

	private static <N extends Number> N positive(String name, N value) {
		if (value.longValue() <= 0) {
			throw new IllegalArgumentException(
					"kinbridge.gateway.rate-limit." + name + " must be positive, was " + value);
		}
		return value;
	}

}
