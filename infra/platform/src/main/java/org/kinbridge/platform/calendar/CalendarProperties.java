package org.kinbridge.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a province adds to the national calendar, under
 * {@code kinbridge.calendars.<province code>}, e.g.
 * {@code kinbridge.calendars.91.extra-holidays[0]=2026-12-01}. Quote codes with a leading
 * zero in YAML ({@code "01"}).
 *
 * @param calendars the additions per province code
 */
@ConfigurationProperties("kinbridge")
public record CalendarProperties(Map<String, ProvinceOverrides> calendars) {

	public CalendarProperties {
		calendars = (calendars != null) ? Map.copyOf(calendars) : Map.of();
	}

	/**
	 * @param extraHolidays local days off, e.g. a provincial anniversary
	 * @param workingWeekendDays weekend days the province's offices work, e.g. a make-up
	 * Saturday
	 */
	public record ProvinceOverrides(@DateTimeFormat(iso = ISO.DATE) List<LocalDate> extraHolidays,
			@DateTimeFormat(iso = ISO.DATE) List<LocalDate> workingWeekendDays) {

		public static final ProvinceOverrides NONE = new ProvinceOverrides(null, null);

		public ProvinceOverrides {
			extraHolidays = (extraHolidays != null) ? List.copyOf(extraHolidays) : List.of();
			workingWeekendDays = (workingWeekendDays != null) ? List.copyOf(workingWeekendDays) : List.of();
		}

	}

}
