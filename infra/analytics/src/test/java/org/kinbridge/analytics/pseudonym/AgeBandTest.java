package org.kinbridge.analytics.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandTest {

	@ParameterizedTest
	@CsvSource({ "0,0-5", "5,0-5", "6,6-10", "10,6-10", "11,11-15", "15,11-15", "16,16-17", "17,16-17", "18,18-29",
			"29,18-29", "30,30-44", "44,30-44", "45,45-59", "59,45-59", "60,60+", "95,60+", "-1,unknown" })
	void putsEveryAgeInItsBand(int years, String band) {
		assertThat(AgeBand.ofAge(years)).isEqualTo(band);
	}

	@Test
	void takesTheAgeOnTheDayOfTheEvent() {
		LocalDate born = LocalDate.of(2010, 12, 1);
		assertThat(AgeBand.of(born, null, LocalDate.of(2026, 11, 30))).isEqualTo("11-15");
		assertThat(AgeBand.of(born, null, LocalDate.of(2026, 12, 1))).isEqualTo("16-17");
	}

	@Test
	void prefersTheBirthDateToAnEstimatedAge() {
		assertThat(AgeBand.of(LocalDate.of(2020, 1, 1), 12, LocalDate.of(2026, 11, 29))).isEqualTo("6-10");
	}

	@Test
	void usesTheEstimatedAgeWhenNoBirthDateIsKnown() {
		assertThat(AgeBand.of(null, 9, LocalDate.of(2026, 11, 29))).isEqualTo("6-10");
	}

	@Test
	void saysUnknownWhenNothingIsKnownOrTheBirthDateLiesAfterTheEvent() {
		assertThat(AgeBand.of(null, null, LocalDate.of(2026, 11, 29))).isEqualTo(AgeBand.UNKNOWN);
		assertThat(AgeBand.of(LocalDate.of(2027, 1, 1), null, LocalDate.of(2026, 11, 29))).isEqualTo(AgeBand.UNKNOWN);
	}

}
