package org.kinbridge.platform.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;

/**
 * The national calendar as written in {@code kinbridge/calendars/default.yml}.
 *
 * @param zone the time zone days are counted in
 * @param weekend the weekly days off
 * @param holidays public holidays and the days swapped to lengthen them
 * @param workingWeekendDays weekend days that are worked to make up for a swapped day
 */
public record CalendarDefinition(ZoneId zone, List<DayOfWeek> weekend, List<CalendarEntry> holidays,
		List<CalendarEntry> workingWeekendDays) {

	public CalendarDefinition {
		if (zone == null) {
			throw new IllegalArgumentException("the calendar needs a zone, e.g. Asia/Ho_Chi_Minh");
		}
		weekend = (weekend != null) ? List.copyOf(weekend) : List.of();
		holidays = (holidays != null) ? List.copyOf(holidays) : List.of();
		workingWeekendDays = (workingWeekendDays != null) ? List.copyOf(workingWeekendDays) : List.of();
	}

}
