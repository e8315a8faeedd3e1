package org.kinbridge.platform.web;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.validation.Configuration;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;

/**
 * Bean validation's "past" and "future" counted in the tenants' own day. Without it,
 * {@code @PastOrPresent} counts in the server's zone, so on a UTC server a date of today
 * entered between midnight and 07:00 in Vietnam is refused as in the future.
 */
public final class ValidationInVietnam implements ValidationConfigurationCustomizer {

	/** Every province of the platform keeps Vietnam's time. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Clock clock;

	public ValidationInVietnam(Clock clock) {
		this.clock = clock.withZone(VIETNAM);
	}

	@Override
	public void customize(Configuration<?> configuration) {
		configuration.clockProvider(() -> this.clock);
	}

}
