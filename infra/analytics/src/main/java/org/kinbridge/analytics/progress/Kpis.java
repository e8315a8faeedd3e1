package org.kinbridge.analytics.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The province KPIs of the model, in the shape of matching-service's placement report so
 * that the two can be set side by side.
 *
 * @param provinceCode the province
 * @param generatedAt when the figures were read
 * @param province the figures of the whole province
 * @param communes the figures of each commune running the model (or of the one asked for)
 * @param communesRunningTheModel how many communes have at least one open need or any
 * placement
 * @param targets the targets and how far the province is from each
 */
public record Kpis(String provinceCode, Instant generatedAt, Figures province, List<Figures> communes,
		int communesRunningTheModel, List<TargetStatus> targets) {

	/**
	 * @param communeCode the commune, {@code null} for the whole province
	 * @param waiting children whose need is open and who are not placed
	 * @param placed children living with a caregiver now
	 * @param needingCare waiting and placed together
	 * @param percentPlaced placed as a share of needing care, {@code null} when none
	 * needs care
	 * @param daysToPlacement days from the need to the handover, over every placement
	 * that started
	 * @param ended placements ended, by reason
	 * @param proposalsClosed proposals that did not go ahead, by outcome
	 */
	public record Figures(String communeCode, int waiting, int placed, int needingCare, Double percentPlaced,
			Days daysToPlacement, Count ended, Count proposalsClosed) {
	}

	/**
	 * @param placements how many placements the figures rest on
	 * @param median the median number of days, {@code null} without placements
	 * @param average the average number of days, {@code null} without placements
	 */
	public record Days(int placements, Double median, Double average) {
	}

	public record Count(long total, Map<String, Long> byReason) {
	}

	/**
	 * @param gap percentage points still missing, 0 when reached
	 */
	public record TargetStatus(int year, double percentPlaced, boolean reached, double gap) {
	}

}
