package org.kinbridge.platform.calendar;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A dated line of a calendar file: one day ({@code date}) or a range ({@code from} to
 * {@code to}, both included), with where it comes from.
 *
 * @param date the day, or null for a range
 * @param from the first day of a range
 * @param to the last day of a range
 * @param name what the day is
 * @param source the law or government notice it comes from
 * @param provisional true while the government has not published the day
 */
public record CalendarEntry(@DateTimeFormat(iso = ISO.DATE) LocalDate date,
		@DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to, String name,
		String source, boolean provisional) {

	public CalendarEntry {
		if ((date == null) == (from == null || to == null)) {
			throw new IllegalArgumentException("calendar entry '" + name + "' needs either a date or both from and to");
		}
		if (from != null && to.isBefore(from)) {
			throw new IllegalArgumentException("calendar entry '" + name + "' ends before it starts");
		}
	}

	/** Every day the entry covers. */
	public Stream<LocalDate> days() {
		return (this.date != null) ? Stream.of(this.date) : this.from.datesUntil(this.to.plusDays(1));
	}

}
