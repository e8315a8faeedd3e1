package org.kinbridge.cases.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinbridge.platform.web.Problems;

import org.springframework.web.ErrorResponseException;

class CaseAsOfControllerTest {

	@Test
	void readsAnRfc3339InstantWithItsOffset() {
		assertThat(CaseAsOfController.instantOf("2026-11-28T09:00:00+07:00"))
			.isEqualTo(Instant.parse("2026-11-28T02:00:00Z"));
		assertThat(CaseAsOfController.instantOf("2026-11-28T02:00:00.5Z"))
			.isEqualTo(Instant.parse("2026-11-28T02:00:00.500Z"));
	}

	@Test
	void readsAPlusThatArrivedAsASpaceBecauseItWasNotEncoded() {
		assertThat(CaseAsOfController.instantOf("2026-11-28T09:00:00 07:00"))
			.isEqualTo(Instant.parse("2026-11-28T02:00:00Z"));
	}

	@Test
	void refusesAnInstantWithoutAnOffsetNamingTheFieldAt() {
		for (String malformed : List.of("2026-11-28T09:00:00", "2026-11-28", "yesterday", " ")) {
			assertThatThrownBy(() -> CaseAsOfController.instantOf(malformed))
				.isInstanceOfSatisfying(ErrorResponseException.class, (ex) -> {
					assertThat(ex.getStatusCode().value()).isEqualTo(400);
					assertThat(ex.getBody().getProperties()).extractingByKey(Problems.ERRORS)
						.asList()
						.singleElement()
						.satisfies((error) -> assertThat(error).hasFieldOrPropertyWithValue("field", "at"));
				});
		}
	}

	@Test
	void refusesAMissingInstant() {
		assertThatThrownBy(() -> CaseAsOfController.instantOf(null)).isInstanceOf(ErrorResponseException.class);
	}

}
