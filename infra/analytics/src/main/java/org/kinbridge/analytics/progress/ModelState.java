package org.kinbridge.analytics.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.bson.Document;
import org.kinbridge.analytics.progress.Kpis.Count;
import org.kinbridge.analytics.progress.Kpis.Days;
import org.kinbridge.analytics.progress.Kpis.Figures;
import org.kinbridge.analytics.stream.AnalyticsRecord;
import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.cases.CaseHandedOverV1;
import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.contracts.matching.PlacementEndedV1;
import org.kinbridge.contracts.matching.PlacementProposalClosedV1;
import org.kinbridge.contracts.matching.PlacementProposedV1;
import org.kinbridge.contracts.matching.PlacementStartedV1;

/**
 * Needs and placements of one province as its analytics records tell them, applied in the
 * order of their days. The counting rules are matching-service's: a child is placed while
 * a placement of the need is active, and waits while the need is open, no placement of it
 * is active and its last placement did not end with the child needing no other care; a
 * commune runs the model while it has an open need or any placement.
 */
final class ModelState {

	static final String NEEDED = AnalyticsRecord.typeOf(AlternativeCareNeededV1.TYPE);

	static final String NEED_ENDED = AnalyticsRecord.typeOf(AlternativeCareNeedEndedV1.TYPE);

	static final String HANDED_OVER = AnalyticsRecord.typeOf(CaseHandedOverV1.TYPE);

	static final String PROPOSED = AnalyticsRecord.typeOf(PlacementProposedV1.TYPE);

	static final String CLOSED = AnalyticsRecord.typeOf(PlacementProposalClosedV1.TYPE);

	static final String DECIDED = AnalyticsRecord.typeOf(PlacementDecidedV1.TYPE);

	static final String STARTED = AnalyticsRecord.typeOf(PlacementStartedV1.TYPE);

	static final String ENDED = AnalyticsRecord.typeOf(PlacementEndedV1.TYPE);

	/**
	 * Ends after which the child needs no other care, for records that do not say so
	 * themselves: matching's flag is optional in placement-ended v1, and the events
	 * published before it was added do not carry it.
	 */
	private static final Set<String> SETTLING_REASONS = Set.of("RETURNED_TO_PARENTS", "ADOPTED", "CHILD_TURNED_16");

	private final String provinceCode;

	private final Map<String, Need> needs = new HashMap<>();

	private final Map<String, List<Handover>> handovers = new HashMap<>();

	private final Map<String, Placement> placements = new HashMap<>();

	private final Map<String, LocalDate> communeSince = new TreeMap<>();

	private int order;

	ModelState(String provinceCode) {
		this.provinceCode = provinceCode;
	}

	void apply(StoredRecord record) {
		Document data = record.data();
		LocalDate on = LocalDate.parse(record.on());
		String type = record.type();
		this.order++;
		if (NEEDED.equals(type)) {
			Need need = this.needs.computeIfAbsent(data.getString("needId"), Need::new);
			need.caseId = data.getString("caseId");
			need.decidedOn = on;
			need.moveIfLater(data.getString("provinceCode"), data.getString("communeCode"), on);
			this.handovers.getOrDefault(need.caseId, List.of())
				.stream()
				.filter(handover -> handover.on.isAfter(on))
				.forEach(handover -> need.moveIfLater(handover.province, handover.commune, handover.on));
			started(need.communeCode, on);
		}
		else if (NEED_ENDED.equals(type)) {
			Need need = this.needs.computeIfAbsent(data.getString("needId"), Need::new);
			need.ended = true;
			if (need.communeCode == null) {
				need.caseId = data.getString("caseId");
				need.moveIfLater(data.getString("provinceCode"), data.getString("communeCode"), on);
			}
		}
		else if (HANDED_OVER.equals(type)) {
			Handover handover = new Handover(on, data.getString("toProvinceCode"), data.getString("toCommuneCode"));
			String caseId = data.getString("caseId");
			this.handovers.computeIfAbsent(caseId, id -> new ArrayList<>()).add(handover);
			this.needs.values()
				.stream()
				.filter(need -> caseId.equals(need.caseId))
				.forEach(need -> need.moveIfLater(handover.province, handover.commune, handover.on));
		}
		else if (isPlacement(type)) {
			applyPlacement(type, data, on);
		}
	}

	private static boolean isPlacement(String type) {
		return PROPOSED.equals(type) || CLOSED.equals(type) || DECIDED.equals(type) || STARTED.equals(type)
				|| ENDED.equals(type);
	}

	private void applyPlacement(String type, Document data, LocalDate on) {
		Placement placement = this.placements.computeIfAbsent(data.getString("placementId"), id -> new Placement());
		placement.needId = data.getString("needId");
		if (placement.provinceCode == null) {
			placement.provinceCode = data.getString("provinceCode");
			placement.communeCode = data.getString("communeCode");
			placement.proposedOn = on;
			placement.order = this.order;
			started(placement.communeCode, on);
		}
		if (PROPOSED.equals(type)) {
			placement.proposedOn = on;
			placement.order = this.order;
		}
		else if (CLOSED.equals(type)) {
			placement.state = State.CLOSED;
			placement.outcome = data.getString("outcome");
		}
		else if (DECIDED.equals(type) && placement.state == State.PROPOSED) {
			placement.state = State.DECIDED;
		}
		else if (STARTED.equals(type)) {
			placement.startedOn = on;
			if (placement.state != State.ENDED) {
				placement.state = State.ACTIVE;
			}
		}
		else if (ENDED.equals(type)) {
			placement.state = State.ENDED;
			placement.outcome = data.getString("reason");
			Boolean another = data.getBoolean("anotherFormOfCareNeeded");
			placement.settles = (another != null) ? !another : SETTLING_REASONS.contains(placement.outcome);
		}
	}

	private void started(String communeCode, LocalDate on) {
		if (communeCode != null) {
			this.communeSince.merge(communeCode, on, (a, b) -> a.isBefore(b) ? a : b);
		}
	}

	/**
	 * @return the communes that have had a need or a placement, with the first day
	 */
	Map<String, LocalDate> communeSince() {
		return this.communeSince;
	}

	/**
	 * @return the communes with an open need or any placement in the province
	 */
	Set<String> communesRunningTheModel() {
		Set<String> communes = new TreeSet<>();
		placementsIn(null).stream()
			.map(placement -> placement.communeCode)
			.filter(Objects::nonNull)
			.forEach(communes::add);
		openNeedsIn(null).stream().map(need -> need.communeCode).filter(Objects::nonNull).forEach(communes::add);
		return communes;
	}

	/**
	 * @param communeCode a commune, or {@code null} for the whole province
	 * @return the figures as of the records applied so far
	 */
	Figures figures(String communeCode) {
		List<Placement> placements = placementsIn(communeCode);
		Set<String> placedNeeds = placements.stream()
			.filter(inState(State.ACTIVE))
			.map(placement -> placement.needId)
			.collect(Collectors.toSet());
		Set<String> settled = settled(placements);
		int waiting = (int) openNeedsIn(communeCode).stream()
			.filter(need -> !placedNeeds.contains(need.id) && !settled.contains(need.id))
			.count();
		int placed = placedNeeds.size();
		int needingCare = waiting + placed;
		Double percentPlaced = (needingCare == 0) ? null : round(100.0 * placed / needingCare);
		return new Figures(communeCode, waiting, placed, needingCare, percentPlaced, daysToPlacement(placements),
				count(placements, State.ENDED), count(placements, State.CLOSED));
	}

	private List<Placement> placementsIn(String communeCode) {
		return this.placements.values()
			.stream()
			.filter(placement -> this.provinceCode.equals(placement.provinceCode))
			.filter(placement -> communeCode == null || communeCode.equals(placement.communeCode))
			.toList();
	}

	private List<Need> openNeedsIn(String communeCode) {
		return this.needs.values()
			.stream()
			.filter(need -> !need.ended && need.decidedOn != null)
			.filter(need -> this.provinceCode.equals(need.provinceCode))
			.filter(need -> communeCode == null || communeCode.equals(need.communeCode))
			.toList();
	}

	/** Needs whose latest placement ended without the child needing another. */
	private static Set<String> settled(Collection<Placement> placements) {
		Map<String, Placement> latest = placements.stream()
			.filter(placement -> placement.needId != null)
			.collect(Collectors.toMap(placement -> placement.needId, placement -> placement,
					(a, b) -> a.isLaterThan(b) ? a : b));
		return latest.values()
			.stream()
			.filter(inState(State.ENDED))
			.filter(placement -> placement.settles)
			.map(placement -> placement.needId)
			.collect(Collectors.toSet());
	}

	private Days daysToPlacement(List<Placement> placements) {
		List<Long> days = placements.stream().filter(placement -> placement.startedOn != null).map(placement -> {
			Need need = this.needs.get(placement.needId);
			return (need != null && need.decidedOn != null)
					? ChronoUnit.DAYS.between(need.decidedOn, placement.startedOn) : null;
		}).filter(Objects::nonNull).sorted().toList();
		if (days.isEmpty()) {
			return new Days(0, null, null);
		}
		int size = days.size();
		double median = (size % 2 == 1) ? days.get(size / 2) : (days.get(size / 2 - 1) + days.get(size / 2)) / 2.0;
		double average = days.stream().mapToLong(Long::longValue).average().orElse(0);
		return new Days(size, round(median), round(average));
	}

	private static Count count(List<Placement> placements, State state) {
		Map<String, Long> byReason = placements.stream()
			.filter(inState(state))
			.map(placement -> placement.outcome)
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(reason -> reason, TreeMap::new, Collectors.counting()));
		return new Count(byReason.values().stream().mapToLong(Long::longValue).sum(), byReason);
	}

	private static Predicate<Placement> inState(State state) {
		return placement -> placement.state == state;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private enum State {

		PROPOSED, DECIDED, ACTIVE, CLOSED, ENDED

	}

	private static final class Need {

		private final String id;

		private String caseId;

		private String provinceCode;

		private String communeCode;

		private LocalDate locationOn;

		private LocalDate decidedOn;

		private boolean ended;

		Need(String id) {
			this.id = id;
		}

		/**
		 * Handovers and the need travel under different keys and may come in any order.
		 */
		void moveIfLater(String province, String commune, LocalDate on) {
			if (this.locationOn == null || on.isAfter(this.locationOn)) {
				this.provinceCode = province;
				this.communeCode = commune;
				this.locationOn = on;
			}
		}

	}

	private static final class Placement {

		private String needId;

		private String provinceCode;

		private String communeCode;

		private LocalDate proposedOn;

		private int order;

		private LocalDate startedOn;

		private State state = State.PROPOSED;

		private String outcome;

		private boolean settles;

		boolean isLaterThan(Placement other) {
			int byDay = this.proposedOn.compareTo(other.proposedOn);
			return (byDay != 0) ? byDay > 0 : this.order > other.order;
		}

	}

	private record Handover(LocalDate on, String province, String commune) {
	}

}
