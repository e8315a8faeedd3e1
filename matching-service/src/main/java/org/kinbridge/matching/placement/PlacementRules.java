package org.kinbridge.matching.placement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import org.kinbridge.matching.placement.api.ChildAge;
import org.kinbridge.platform.calendar.ProvinceCalendars;
import org.kinbridge.platform.tenancy.ProvinceCode;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The placement rules of a province: the national ones unless the province configured
 * stricter ones. Working days follow the province's calendar, holidays included; days are
 * days in Vietnam.
 */
@Component
@EnableConfigurationProperties(PlacementRulesProperties.class)
public class PlacementRules {

	/** The kind under which a placement shows its handover time limit. */
	public static final String HANDOVER = "HANDOVER";

	/** The kind under which a placement shows its next monitoring report. */
	public static final String MONITORING_REPORT = "MONITORING_REPORT";

	/** Children from 7 are asked for their opinion before the decision. */
	static final int NATIONAL_CHILD_OPINION_AGE = 7;

	/** The handover follows the decision within 15 working days. */
	static final int NATIONAL_HANDOVER_WORKING_DAYS = 15;

	/** A placed child is visited and reported on at least every 6 months. */
	static final int NATIONAL_MONITORING_MONTHS = 6;

	private static final PlacementRulesProperties.ProvinceRules NATIONAL = new PlacementRulesProperties.ProvinceRules(
			null, null, null);

	private final PlacementRulesProperties properties;

	private final ProvinceCalendars calendars;

	public PlacementRules(PlacementRulesProperties properties, ProvinceCalendars calendars) {
		this.properties = properties;
		this.calendars = calendars;
	}

	public int childOpinionAge(String provinceCode) {
		Integer age = of(provinceCode).childOpinionAge();
		return (age != null) ? age : NATIONAL_CHILD_OPINION_AGE;
	}

	/**
	 * A child whose age is unknown is treated as old enough: asking a child too young
	 * does no harm, not asking one old enough breaks the law.
	 */
	public boolean childOpinionRequired(String provinceCode, ChildAge age, LocalDate on) {
		return age.yearsOn(on).map(years -> years >= childOpinionAge(provinceCode)).orElse(true);
	}

	public int handoverWorkingDays(String provinceCode) {
		Integer days = of(provinceCode).handoverWorkingDays();
		return (days != null) ? days : NATIONAL_HANDOVER_WORKING_DAYS;
	}

	/** The last day of the handover after a decision on {@code decidedOn}. */
	public LocalDate handoverDueOn(String provinceCode, LocalDate decidedOn) {
		return this.calendars.addWorkingDays(new ProvinceCode(provinceCode), decidedOn,
				handoverWorkingDays(provinceCode));
	}

	public int monitoringMonths(String provinceCode) {
		Integer months = of(provinceCode).monitoringMonths();
		return (months != null) ? months : NATIONAL_MONITORING_MONTHS;
	}

	/** The day the next monitoring report is due after a handover or report on a day. */
	public LocalDate monitoringDueOn(String provinceCode, LocalDate from) {
		return from.plusMonths(monitoringMonths(provinceCode));
	}

	/**
	 * The last millisecond of a day in Vietnam, when a time limit ending that day runs
	 * out; milliseconds, because the stores keep no finer time.
	 */
	public Instant endOf(LocalDate day) {
		return day.atTime(LocalTime.MAX.truncatedTo(ChronoUnit.MILLIS)).atZone(this.calendars.zone()).toInstant();
	}

	/** The day an instant falls on in Vietnam. */
	public LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, this.calendars.zone());
	}

	public Duration holdConfirmation() {
		return this.properties.holdConfirmation();
	}

	private PlacementRulesProperties.ProvinceRules of(String provinceCode) {
		return this.properties.provinces().getOrDefault(provinceCode, NATIONAL);
	}

}
