package org.kinbridge.matching.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.kinbridge.matching.children.WaitingChild;
import org.kinbridge.matching.children.WaitingChildren;
import org.kinbridge.matching.placement.PlacementProjection;
import org.kinbridge.matching.placement.PlacementState;
import org.kinbridge.matching.placement.PlacementView;
import org.kinbridge.matching.reporting.PlacementReport.Count;
import org.kinbridge.matching.reporting.PlacementReport.Days;
import org.kinbridge.matching.reporting.PlacementReport.Figures;
import org.kinbridge.matching.reporting.PlacementReport.TargetStatus;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Counts a province's placements and waiting children. A child is placed while a
 * placement of the need is active, and waiting while the need is open, no placement of it
 * is active and its last placement did not end with the child needing no other care;
 * siblings are counted through their own needs.
 */
@Component
@EnableConfigurationProperties(ReportingProperties.class)
public class PlacementReports {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final PlacementProjection placements;

	private final WaitingChildren children;

	private final ReportingProperties properties;

	private final Clock clock;

	public PlacementReports(PlacementProjection placements, WaitingChildren children, ReportingProperties properties,
			Clock clock) {
		this.placements = placements;
		this.children = children;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param communeCode only this commune's figures in the list of communes, or
	 * {@code null} for all
	 */
	public PlacementReport report(String provinceCode, String communeCode) {
		List<PlacementView> all = this.placements.list(provinceCode, null, null, null);
		List<WaitingChild> open = this.children.waiting(provinceCode, null);
		Set<String> communes = new TreeSet<>();
		all.forEach(placement -> communes.add(placement.communeCode()));
		open.forEach(need -> communes.add(need.communeCode()));
		Figures province = figures(null, all, open);
		List<Figures> perCommune = communes.stream()
			.filter(code -> communeCode == null || code.equals(communeCode))
			.map(code -> figures(code, all.stream().filter(p -> code.equals(p.communeCode())).toList(),
					open.stream().filter(n -> code.equals(n.communeCode())).toList()))
			.toList();
		if (communeCode != null && perCommune.isEmpty()) {
			perCommune = List.of(figures(communeCode, List.of(), List.of()));
		}
		return new PlacementReport(provinceCode, this.clock.instant(), province, perCommune, communes.size(),
				targets(provinceCode, province.percentPlaced()));
	}

	private static Figures figures(String communeCode, List<PlacementView> placements, List<WaitingChild> open) {
		Set<String> placedNeeds = placements.stream()
			.filter(inState(PlacementState.PLACEMENT_ACTIVE))
			.map(PlacementView::needId)
			.collect(Collectors.toSet());
		Set<String> settledNeeds = settled(placements);
		int waiting = (int) open.stream()
			.filter(need -> !placedNeeds.contains(need.needId()) && !settledNeeds.contains(need.needId()))
			.count();
		int placed = placedNeeds.size();
		int needingCare = waiting + placed;
		Double percentPlaced = (needingCare == 0) ? null : round(100.0 * placed / needingCare);
		return new Figures(communeCode, waiting, placed, needingCare, percentPlaced, daysToPlacement(placements),
				count(placements, inState(PlacementState.PLACEMENT_ENDED)),
				count(placements, inState(PlacementState.PROPOSAL_CLOSED)));
	}

	/**
	 * Needs whose latest placement ended without the child needing another form of care
	 * (returned to the parents, adopted): the child no longer waits, even before the case
	 * ends the need.
	 */
	private static Set<String> settled(List<PlacementView> placements) {
		Map<String, PlacementView> latest = placements.stream()
			.collect(Collectors.toMap(PlacementView::needId, placement -> placement,
					(a, b) -> a.proposedAt().isAfter(b.proposedAt()) ? a : b));
		return latest.values()
			.stream()
			.filter(inState(PlacementState.PLACEMENT_ENDED))
			.filter(placement -> Boolean.FALSE.equals(placement.anotherFormOfCareNeeded()))
			.map(PlacementView::needId)
			.collect(Collectors.toSet());
	}

	private static Days daysToPlacement(List<PlacementView> placements) {
		List<Long> days = placements.stream()
			.filter(p -> p.handedOverOn() != null && p.needRecordedAt() != null)
			.map(p -> ChronoUnit.DAYS.between(LocalDate.ofInstant(p.needRecordedAt(), VIETNAM), p.handedOverOn()))
			.sorted()
			.toList();
		if (days.isEmpty()) {
			return new Days(0, null, null);
		}
		int size = days.size();
		double median = (size % 2 == 1) ? days.get(size / 2) : (days.get(size / 2 - 1) + days.get(size / 2)) / 2.0;
		double average = days.stream().mapToLong(Long::longValue).average().orElse(0);
		return new Days(size, round(median), round(average));
	}

	private static Count count(List<PlacementView> placements, Predicate<PlacementView> which) {
		Map<String, Long> byReason = placements.stream()
			.filter(which)
			.map(PlacementView::outcome)
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(reason -> reason, TreeMap::new, Collectors.counting()));
		return new Count(byReason.values().stream().mapToLong(Long::longValue).sum(), byReason);
	}

	private List<TargetStatus> targets(String provinceCode, Double percentPlaced) {
		double reachedSoFar = (percentPlaced != null) ? percentPlaced : 0;
		return this.properties.targets()
			.getOrDefault(provinceCode, List.of())
			.stream()
			.map(target -> new TargetStatus(target.year(), target.percentPlaced(),
					reachedSoFar >= target.percentPlaced(), round(Math.max(0, target.percentPlaced() - reachedSoFar))))
			.toList();
	}

	private static Predicate<PlacementView> inState(PlacementState state) {
		return placement -> state.name().equals(placement.state());
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
