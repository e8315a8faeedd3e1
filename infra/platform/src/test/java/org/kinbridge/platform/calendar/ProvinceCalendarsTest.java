package org.kinbridge.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinbridge.platform.calendar.CalendarProperties.ProvinceOverrides;
import org.kinbridge.platform.tenancy.ProvinceCode;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;

/** Working days counted with the shipped national calendar and provincial additions. */
class ProvinceCalendarsTest {

	private static final ProvinceCode AN_GIANG = ProvinceCode.of("91");

	private static final ProvinceCode HO_CHI_MINH_CITY = ProvinceCode.of("79");

	private final ProvinceCalendars national = new ProvinceCalendars();

	@Test
	void fiveWorkingDaysFromAThursdayEndOnTheNextThursdaySkippingTheWeekend() {
		assertThat(this.national.addWorkingDays(AN_GIANG, LocalDate.parse("2026-11-26"), 5)).isEqualTo("2026-12-03");
	}

	@Test
	void theNineDaysOfTetAreNotCounted() {
		// Thursday 12/02/2026: Friday 13/02 is day 1, then Tết runs from 14/02 to 22/02.
		assertThat(this.national.addWorkingDays(AN_GIANG, LocalDate.parse("2026-02-12"), 5)).isEqualTo("2026-02-26");
		assertThat(this.national.isWorkingDay(AN_GIANG, LocalDate.parse("2026-02-17"))).isFalse();
	}

	@Test
	void aProvinceHolidayCountsOnlyInThatProvince() {
		ProvinceCalendars calendars = ProvinceCalendars
			.withDefaultCalendar(Map.of("91", new ProvinceOverrides(List.of(LocalDate.parse("2026-12-01")), null)));

		assertThat(calendars.addWorkingDays(AN_GIANG, LocalDate.parse("2026-11-26"), 5)).isEqualTo("2026-12-04");
		assertThat(calendars.addWorkingDays(HO_CHI_MINH_CITY, LocalDate.parse("2026-11-26"), 5))
			.isEqualTo("2026-12-03");
	}

	@Test
	void aNationalMakeUpSaturdayIsAWorkingDay() {
		// Saturday 26/04/2025 was worked so that Friday 02/05 could join the 30/4-1/5
		// break.
		assertThat(this.national.isWorkingDay(AN_GIANG, LocalDate.parse("2025-04-26"))).isTrue();
		assertThat(this.national.addWorkingDays(AN_GIANG, LocalDate.parse("2025-04-24"), 5)).isEqualTo("2025-05-05");
	}

	@Test
	void aProvincialMakeUpSaturdayIsAWorkingDayThere() {
		ProvinceCalendars calendars = ProvinceCalendars
			.withDefaultCalendar(Map.of("91", new ProvinceOverrides(null, List.of(LocalDate.parse("2026-11-28")))));

		assertThat(calendars.addWorkingDays(AN_GIANG, LocalDate.parse("2026-11-26"), 5)).isEqualTo("2026-12-02");
		assertThat(calendars.isWorkingDay(HO_CHI_MINH_CITY, LocalDate.parse("2026-11-28"))).isFalse();
	}

	@Test
	void aHolidayOnASundayIsMadeUpOnTheMonday() {
		assertThat(this.national.isWorkingDay(AN_GIANG, LocalDate.parse("2026-04-27"))).isFalse();
	}

	@Test
	void workingDaysAfterAnInstantCountFromTheLocalDayAndEndAtItsLastInstant() {
		// 20:00 UTC on Thursday 26/11 is already Friday 27/11 in Vietnam.
		Instant end = this.national.workingDaysAfter(AN_GIANG, Instant.parse("2026-11-26T20:00:00Z"), 5);

		assertThat(this.national.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
		assertThat(end).isEqualTo("2026-12-04T16:59:59.999999999Z");
	}

	@Test
	void zeroWorkingDaysIsTheStartDayAndANegativeCountIsRejected() {
		assertThat(this.national.addWorkingDays(AN_GIANG, LocalDate.parse("2026-11-28"), 0)).isEqualTo("2026-11-28");
		assertThatThrownBy(() -> this.national.addWorkingDays(AN_GIANG, LocalDate.parse("2026-11-28"), -1))
			.hasMessage("working days must not be negative, got -1");
	}

	@Test
	void theShippedCalendarMarksTheDatesTheGovernmentHadNotPublishedAsProvisional() {
		CalendarDefinition shipped = ProvinceCalendars.load(new ClassPathResource(ProvinceCalendars.DEFAULT_LOCATION));

		assertThat(shipped.holidays()).filteredOn(CalendarEntry::provisional)
			.allSatisfy(entry -> assertThat(entry.days()).allMatch(day -> day.getYear() == 2027))
			.isNotEmpty();
		assertThat(shipped.holidays()).allSatisfy(entry -> assertThat(entry.source()).isNotBlank());
	}

	@Test
	void provincialAdditionsBindFromConfigurationProperties() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("kinbridge.calendars.91.extra-holidays[0]",
				"2026-12-01", "kinbridge.calendars.01.working-weekend-days[0]", "2026-11-28")));

		CalendarProperties properties = binder.bind("kinbridge", CalendarProperties.class).get();

		assertThat(properties.calendars().get("91").extraHolidays()).containsExactly(LocalDate.parse("2026-12-01"));
		assertThat(properties.calendars().get("01").workingWeekendDays())
			.containsExactly(LocalDate.parse("2026-11-28"));
	}

	@Test
	void aProvinceKeyThatIsNoProvinceCodeIsRejectedWithItsPropertyName() {
		assertThatThrownBy(() -> ProvinceCalendars.withDefaultCalendar(Map.of("An Giang", ProvinceOverrides.NONE)))
			.hasMessage("kinbridge.calendars.An Giang: province code must be two digits, e.g. 91");
	}

}
