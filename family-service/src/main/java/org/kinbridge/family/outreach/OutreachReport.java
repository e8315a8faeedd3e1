package org.kinbridge.family.outreach;

import java.time.LocalDate;
import java.util.Map;

import org.kinbridge.family.outreach.api.Audience;

/**
 * What outreach achieved in a commune (or the whole province) over a period: counts only,
 * no names, so an analyst may read it too.
 *
 * @param communeCode the commune, or {@code null} for the whole province
 * @param sessionsHeld sessions held in the period
 * @param sessionsByAudience the same, by audience
 * @param peopleReached the attendance of those sessions, added up
 * @param interested people whose interest was recorded in the period
 * @param followedUp people followed up in the period
 * @param registered people who registered as caregivers in the period
 * @param declined people who declined in the period
 * @param foundEligible caregivers of the commune found eligible in the period, from the
 * register
 * @param foundEligibleFromOutreach those of them who came through an interest
 */
public record OutreachReport(String provinceCode, String communeCode, LocalDate from, LocalDate to, long sessionsHeld,
		Map<Audience, Long> sessionsByAudience, long peopleReached, long interested, long followedUp, long registered,
		long declined, long foundEligible, long foundEligibleFromOutreach) {
}
