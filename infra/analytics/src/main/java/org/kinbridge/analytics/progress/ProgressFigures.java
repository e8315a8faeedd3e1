package org.kinbridge.analytics.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.kinbridge.analytics.AnalyticsProperties;
import org.kinbridge.analytics.progress.Kpis.Figures;
import org.kinbridge.analytics.progress.Kpis.TargetStatus;
import org.kinbridge.analytics.progress.Progress.CommuneMonth;
import org.kinbridge.analytics.progress.Progress.CommuneSince;
import org.kinbridge.analytics.progress.Progress.Month;

import org.springframework.stereotype.Component;

/**
 * Reads a province's analytics records into its KPIs and its monthly progress. Records of
 * one day are applied needs first, then handovers, then the placement steps in their
 * order, then the ends, so that a day's events count as the process ran them whatever
 * order Kafka delivered them in.
 */
@Component
public class ProgressFigures {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final List<String> ORDER_IN_A_DAY = List.of(ModelState.NEEDED, ModelState.HANDED_OVER,
			ModelState.PROPOSED, ModelState.DECIDED, ModelState.STARTED, ModelState.CLOSED, ModelState.ENDED,
			ModelState.NEED_ENDED);

	private final RecordStore store;

	private final AnalyticsProperties properties;

	private final Clock clock;

	public ProgressFigures(RecordStore store, AnalyticsProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param communeCode only this commune in the list of communes, or {@code null}
	 */
	public Kpis kpis(String provinceCode, String communeCode) {
		LocalDate today = LocalDate.now(this.clock.withZone(VIETNAM));
		ModelState state = new ModelState(provinceCode);
		records(provinceCode).stream()
			.filter(record -> !LocalDate.parse(record.on()).isAfter(today))
			.forEach(state::apply);
		Set<String> running = state.communesRunningTheModel();
		Figures province = state.figures(null);
		List<Figures> communes = running.stream()
			.filter(code -> communeCode == null || code.equals(communeCode))
			.map(state::figures)
			.toList();
		if (communeCode != null && communes.isEmpty()) {
			communes = List.of(state.figures(communeCode));
		}
		return new Kpis(provinceCode, this.clock.instant(), province, communes, running.size(),
				targets(province.percentPlaced()));
	}

	/**
	 * @param communeCode only this commune in each month's list, or {@code null}
	 */
	public Progress progress(String provinceCode, String communeCode) {
		LocalDate today = LocalDate.now(this.clock.withZone(VIETNAM));
		List<StoredRecord> records = records(provinceCode);
		ModelState state = new ModelState(provinceCode);
		List<Month> months = new ArrayList<>();
		if (!records.isEmpty()) {
			int next = 0;
			YearMonth last = YearMonth.from(today);
			for (YearMonth month = YearMonth.from(LocalDate.parse(records.get(0).on())); !month
				.isAfter(last); month = month.plusMonths(1)) {
				LocalDate asOf = month.equals(last) ? today : month.atEndOfMonth();
				while (next < records.size() && !LocalDate.parse(records.get(next).on()).isAfter(asOf)) {
					state.apply(records.get(next++));
				}
				months.add(month(month, asOf, state, communeCode));
			}
		}
		Set<String> running = state.communesRunningTheModel();
		List<CommuneSince> communes = state.communeSince()
			.entrySet()
			.stream()
			.filter(entry -> communeCode == null || entry.getKey().equals(communeCode))
			.map(entry -> new CommuneSince(entry.getKey(), entry.getValue(), running.contains(entry.getKey())))
			.toList();
		return new Progress(provinceCode, this.clock.instant(),
				this.properties.targets()
					.stream()
					.map(target -> new Progress.Target(target.year(), target.percentPlaced()))
					.toList(),
				communes, months);
	}

	private static Month month(YearMonth month, LocalDate asOf, ModelState state, String communeCode) {
		Figures province = state.figures(null);
		Set<String> running = state.communesRunningTheModel();
		Set<String> shown = new TreeSet<>(running);
		if (communeCode != null) {
			shown = Set.of(communeCode);
		}
		List<CommuneMonth> communes = shown.stream()
			.map(state::figures)
			.map(figures -> new CommuneMonth(figures.communeCode(), figures.needingCare(), figures.placed(),
					figures.percentPlaced()))
			.toList();
		return new Month(month.toString(), asOf, province.needingCare(), province.placed(), province.percentPlaced(),
				running.size(), communes);
	}

	/**
	 * The province's records and, for a case handed over into the province, the needs
	 * another province recorded before: the child waits here now, as in matching's view.
	 */
	private List<StoredRecord> records(String provinceCode) {
		List<StoredRecord> records = new ArrayList<>(this.store.ofProvince(provinceCode));
		Set<String> ids = records.stream().map(StoredRecord::id).collect(Collectors.toSet());
		Set<String> casesHandedIn = records.stream()
			.filter(record -> ModelState.HANDED_OVER.equals(record.type()))
			.filter(record -> provinceCode.equals(record.data().getString("toProvinceCode")))
			.map(record -> record.data().getString("caseId"))
			.collect(Collectors.toSet());
		this.store.needsOfCases(casesHandedIn).stream().filter(record -> ids.add(record.id())).forEach(records::add);
		records.sort(Comparator.comparing(StoredRecord::on).thenComparing(ProgressFigures::rankInADay));
		return records;
	}

	private static int rankInADay(StoredRecord record) {
		int rank = ORDER_IN_A_DAY.indexOf(record.type());
		return (rank < 0) ? ORDER_IN_A_DAY.size() : rank;
	}

	private List<TargetStatus> targets(Double percentPlaced) {
		double reachedSoFar = (percentPlaced != null) ? percentPlaced : 0;
		return this.properties.targets()
			.stream()
			.map(target -> new TargetStatus(target.year(), target.percentPlaced(),
					reachedSoFar >= target.percentPlaced(),
					ModelState.round(Math.max(0, target.percentPlaced() - reachedSoFar))))
			.toList();
	}

}
