package org.kinbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;

/** 01:00 on 30 November in Vietnam is still 29 November on a UTC server. */
class ValidationInVietnamTest {

	private final Clock utcServer = Clock.fixed(Instant.parse("2026-11-29T18:00:00Z"), ZoneOffset.UTC);

	@Test
	void acceptsTodayInVietnamWhileTheServersDayIsStillYesterday() {
		assertThat(validator().validate(new Entered(LocalDate.parse("2026-11-30")))).isEmpty();
	}

	@Test
	void refusesTomorrowInVietnam() {
		assertThat(validator().validate(new Entered(LocalDate.parse("2026-12-01")))).hasSize(1);
	}

	private Validator validator() {
		Configuration<?> configuration = Validation.byDefaultProvider().configure();
		new ValidationInVietnam(this.utcServer).customize(configuration);
		return configuration.buildValidatorFactory().getValidator();
	}

	record Entered(@PastOrPresent LocalDate on) {
	}

}
