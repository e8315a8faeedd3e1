package org.kinbridge.platform.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.kinbridge.platform.calendar.CalendarProperties.ProvinceOverrides;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Working days per province: the national calendar (weekends, public holidays, make-up
 * Saturdays) plus what each province adds. Legal time limits such as "5 working days" are
 * counted with it, in Vietnam's time zone.
 * <p>
 * A day is off if it is a holiday (national or of the province); otherwise it is worked
 * if it is a make-up day, and off if it falls on the weekend.
 */
public class ProvinceCalendars {

	/** The national calendar shipped with the platform. */
	public static final String DEFAULT_LOCATION = "kinbridge/calendars/default.yml";

	private static final Logger logger = LoggerFactory.getLogger(ProvinceCalendars.class);

	private final ZoneId zone;

	private final Set<DayOfWeek> weekend;

	private final Set<LocalDate> holidays;

	private final Set<LocalDate> workingWeekendDays;

	private final Set<Integer> yearsWithHolidays;

	private final Map<ProvinceCode, Days> provinces;

	private final Set<Integer> yearsWarnedAbout = ConcurrentHashMap.newKeySet();

	/** The shipped national calendar without provincial additions, e.g. for tests. */
	public ProvinceCalendars() {
		this(load(new ClassPathResource(DEFAULT_LOCATION)), Map.of());
	}

	public ProvinceCalendars(CalendarDefinition national, Map<String, ProvinceOverrides> provinceOverrides) {
		this.zone = national.zone();
		this.weekend = national.weekend().isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
				: EnumSet.copyOf(national.weekend());
		this.holidays = national.holidays().stream().flatMap(CalendarEntry::days).collect(Collectors.toSet());
		this.workingWeekendDays = national.workingWeekendDays()
			.stream()
			.flatMap(CalendarEntry::days)
			.collect(Collectors.toSet());
		this.yearsWithHolidays = this.holidays.stream().map(LocalDate::getYear).collect(Collectors.toSet());
		Map<ProvinceCode, Days> byProvince = new HashMap<>();
		provinceOverrides.forEach((code, overrides) -> byProvince.put(provinceCode(code),
				new Days(Set.copyOf(overrides.extraHolidays()), Set.copyOf(overrides.workingWeekendDays()))));
		this.provinces = Map.copyOf(byProvince);
	}

	/** The shipped national calendar with the given provincial additions. */
	public static ProvinceCalendars withDefaultCalendar(Map<String, ProvinceOverrides> provinceOverrides) {
		return new ProvinceCalendars(load(new ClassPathResource(DEFAULT_LOCATION)), provinceOverrides);
	}

	/** Reads a calendar file shaped like {@value #DEFAULT_LOCATION}. */
	public static CalendarDefinition load(Resource resource) {
		try {
			Binder binder = new Binder(ConfigurationPropertySources
				.from(new YamlPropertySourceLoader().load(resource.getDescription(), resource)));
			return binder.bind("calendar", Bindable.of(CalendarDefinition.class))
				.orElseThrow(() -> new IllegalStateException(resource.getDescription() + " has no 'calendar' section"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the calendar " + resource.getDescription(), ex);
		}
	}

	/** The zone in which days start and end. */
	public ZoneId zone() {
		return this.zone;
	}

	public boolean isWorkingDay(ProvinceCode province, LocalDate date) {
		warnIfYearHasNoHolidays(date);
		Days local = this.provinces.getOrDefault(Objects.requireNonNull(province, "province"), Days.NONE);
		if (this.holidays.contains(date) || local.holidays().contains(date)) {
			return false;
		}
		if (this.workingWeekendDays.contains(date) || local.workingWeekendDays().contains(date)) {
			return true;
		}
		return !this.weekend.contains(date.getDayOfWeek());
	}

	/**
	 * The day on which a time limit of {@code days} working days that starts on
	 * {@code start} ends: the start day itself is not counted, so 5 working days from a
	 * Thursday end on the next Thursday. Zero days is the start day.
	 */
	public LocalDate addWorkingDays(ProvinceCode province, LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("working days must not be negative, got " + days);
		}
		LocalDate date = start;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isWorkingDay(province, date)) {
				counted++;
			}
		}
		return date;
	}

	/**
	 * The last instant of the working day on which a time limit of {@code days} working
	 * days that starts at {@code start} ends, counted in {@link #zone()}.
	 */
	public Instant workingDaysAfter(ProvinceCode province, Instant start, int days) {
		LocalDate last = addWorkingDays(province, LocalDate.ofInstant(start, this.zone), days);
		return last.atTime(LocalTime.MAX).atZone(this.zone).toInstant();
	}

	private void warnIfYearHasNoHolidays(LocalDate date) {
		int year = date.getYear();
		if (!this.yearsWithHolidays.contains(year) && this.yearsWarnedAbout.add(year)) {
			logger.warn("The calendar has no public holidays for {}: counting weekends only. Add them to {} "
					+ "or to kinbridge.calendars.<province>.extra-holidays.", year, DEFAULT_LOCATION);
		}
	}

	private static ProvinceCode provinceCode(String key) {
		// YAML reads an unquoted 01 as the number 1.
		String code = (key.length() == 1) ? "0" + key : key;
		try {
			return ProvinceCode.of(code);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("kinbridge.calendars." + key + ": " + ex.getMessage());
		}
	}

	private record Days(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {

		static final Days NONE = new Days(Set.of(), Set.of());

	}

}
