package org.kinbridge.cases.casefile;

import java.time.Duration;
import java.time.Instant;

import org.kinbridge.cases.plan.api.PlanDraftingStart;
import org.kinbridge.platform.calendar.ProvinceCalendars;
import org.kinbridge.platform.tenancy.ProvinceCode;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The time limits of case management for a province: the national ones of Decree 56/2017
 * unless the province configured shorter ones. Working days follow the province's
 * calendar, holidays included; the emergency limit is in clock hours.
 */
@Component
@EnableConfigurationProperties(CaseTimeLimitsProperties.class)
public class CaseTimeLimits {

	/** The kind under which the case file shows the emergency-measure time limit. */
	public static final String EMERGENCY_MEASURE_12H = "EMERGENCY_MEASURE_12H";

	/** The kind under which the case file shows the plan drafting time limit. */
	public static final String PLAN_DRAFTING_5WD = "PLAN_DRAFTING_5WD";

	/** Decree 56/2017 Art. 26 cl. 3. */
	static final int NATIONAL_EMERGENCY_MEASURE_HOURS = 12;

	/** Decree 56/2017 Art. 28 cl. 1. */
	static final int NATIONAL_PLAN_DRAFTING_WORKING_DAYS = 5;

	private static final CaseTimeLimitsProperties.ProvinceTimeLimits NATIONAL = new CaseTimeLimitsProperties.ProvinceTimeLimits(
			null, null, null);

	private final CaseTimeLimitsProperties properties;

	private final ProvinceCalendars calendars;

	public CaseTimeLimits(CaseTimeLimitsProperties properties, ProvinceCalendars calendars) {
		this.properties = properties;
		this.calendars = calendars;
	}

	/**
	 * @return the clock hours after a report's receipt within which an emergency measure
	 * is due
	 */
	public Duration emergencyMeasureWithin(String provinceCode) {
		Integer hours = of(provinceCode).emergencyMeasureHours();
		return Duration.ofHours((hours != null) ? hours : NATIONAL_EMERGENCY_MEASURE_HOURS);
	}

	public int planDraftingWorkingDays(String provinceCode) {
		Integer days = of(provinceCode).planDraftingWorkingDays();
		return (days != null) ? days : NATIONAL_PLAN_DRAFTING_WORKING_DAYS;
	}

	/**
	 * Art. 28 cl. 1 counts the drafting days from the risk assessment without saying
	 * which; the initial assessment is the stricter reading and the default.
	 */
	public PlanDraftingStart planDraftingCountedFrom(String provinceCode) {
		PlanDraftingStart start = of(provinceCode).planDraftingCountedFrom();
		return (start != null) ? start : PlanDraftingStart.INITIAL_ASSESSMENT;
	}

	/**
	 * @param start when the counted-from assessment was recorded
	 * @return when the working days allowed for drafting run out, as the province
	 * calendar counts them
	 */
	public Instant planDraftingDue(String provinceCode, Instant start) {
		return this.calendars.workingDaysAfter(new ProvinceCode(provinceCode), start,
				planDraftingWorkingDays(provinceCode));
	}

	private CaseTimeLimitsProperties.ProvinceTimeLimits of(String provinceCode) {
		return this.properties.timeLimits().getOrDefault(provinceCode, NATIONAL);
	}

}
