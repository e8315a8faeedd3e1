package org.kinbridge.platform.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationTest {

	@AfterEach
	void clearMdc() {
		MDC.clear();
	}

	@Test
	void acceptsShortIdsOfLettersDigitsAndDashes() {
		assertThat(Correlation.isValid("3f6c1a2e-0b7d-4c55-9e1f-2a9d4b8c7e10")).isTrue();
		assertThat(Correlation.isValid("A".repeat(64))).isTrue();
	}

	@Test
	void refusesIdsThatCouldPolluteLogsOrHeaders() {
		assertThat(Correlation.isValid(null)).isFalse();
		assertThat(Correlation.isValid("")).isFalse();
		assertThat(Correlation.isValid("A".repeat(65))).isFalse();
		assertThat(Correlation.isValid("abc\r\nSet-Cookie: x")).isFalse();
		assertThat(Correlation.isValid("a_b")).isFalse();
	}

	@Test
	void restoresThePreviousIdWhenAScopeCloses() {
		try (Correlation.Scope outer = Correlation.open("outer")) {
			try (Correlation.Scope inner = Correlation.open("inner")) {
				assertThat(Correlation.current()).contains("inner");
			}
			assertThat(Correlation.current()).contains("outer");
		}
		assertThat(Correlation.current()).isEmpty();
	}

	@Test
	void replacesAnInvalidIdWithANewOne() {
		try (Correlation.Scope scope = Correlation.open("not valid!")) {
			assertThat(scope.id()).isNotEqualTo("not valid!").matches("[0-9a-f-]{36}");
			assertThat(Correlation.current()).contains(scope.id());
		}
	}

}
