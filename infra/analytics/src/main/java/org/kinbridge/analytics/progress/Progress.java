package org.kinbridge.analytics.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The model's progress in a province, month by month.
 *
 * @param provinceCode the province
 * @param generatedAt when the figures were read
 * @param targets the targets for the share placed
 * @param communes the communes running the model and since when
 * @param months the figures at the end of each month, the current month up to today
 */
public record Progress(String provinceCode, Instant generatedAt, List<Target> targets, List<CommuneSince> communes,
		List<Month> months) {

	public record Target(int year, double percentPlaced) {
	}

	/**
	 * @param communeCode the commune
	 * @param since the day of its first need or placement
	 * @param running whether it runs the model today (an open need or any placement)
	 */
	public record CommuneSince(String communeCode, LocalDate since, boolean running) {
	}

	/**
	 * @param month e.g. {@code 2026-11}
	 * @param asOf the day the figures are taken on: the month's last day, or today
	 * @param needingCare children needing alternative care in the province
	 * @param placed of them placed
	 * @param percentPlaced the share placed, {@code null} when none needs care
	 * @param communesRunningTheModel how many communes run the model
	 * @param communes the same per commune (or the one commune asked for)
	 */
	public record Month(String month, LocalDate asOf, int needingCare, int placed, Double percentPlaced,
			int communesRunningTheModel, List<CommuneMonth> communes) {
	}

	public record CommuneMonth(String communeCode, int needingCare, int placed, Double percentPlaced) {
	}

}
