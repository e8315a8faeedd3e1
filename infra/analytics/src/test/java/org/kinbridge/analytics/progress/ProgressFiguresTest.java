package org.kinbridge.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.kinbridge.analytics.AnalyticsProperties;
import org.kinbridge.analytics.progress.Kpis.Figures;
import org.kinbridge.analytics.progress.Progress.Month;

class ProgressFiguresTest {

	private static final Clock MAY_15 = Clock.fixed(Instant.parse("2026-05-15T03:00:00Z"), ZoneOffset.UTC);

	private static final AnalyticsProperties DEFAULTS = new AnalyticsProperties(null, null, null);

	/**
	 * Phú Tân (30406): child A placed in February, child B's proposal declined. Chợ Vàm
	 * (30409): child C placed in March and returned to the parents in April, child D's
	 * need ended without a placement. Child E's case moved to Saigon.
	 */
	private static ModelRecords anGiang() {
		return new ModelRecords().need("A", "case-a", "30406", "2026-01-05")
			.need("B", "case-b", "30406", "2026-01-20")
			.placement(ModelState.PROPOSED, "pB", "B", "30406", "2026-01-25")
			.placement(ModelState.CLOSED, "pB", "B", "30406", "2026-01-28", new Document("outcome", "CHILD_DECLINED"))
			.need("C", "case-c", "30409", "2026-02-01")
			.placement(ModelState.PROPOSED, "pA", "A", "30406", "2026-02-01")
			.placement(ModelState.DECIDED, "pA", "A", "30406", "2026-02-03")
			.placement(ModelState.STARTED, "pA", "A", "30406", "2026-02-10")
			.placement(ModelState.PROPOSED, "pC", "C", "30409", "2026-03-01")
			.placement(ModelState.STARTED, "pC", "C", "30409", "2026-03-01")
			.placement(ModelState.ENDED, "pC", "C", "30409", "2026-04-02",
					new Document("reason", "RETURNED_TO_PARENTS"))
			.need("D", "case-d", "30409", "2026-04-05")
			.needEnded("D", "30409", "2026-04-06")
			.need("E", "case-e", "30406", "2026-04-10")
			.handover("case-e", "79", "26740", "2026-04-11");
	}

	private final ProgressFigures figures = new ProgressFigures(anGiang().store(), DEFAULTS, MAY_15);

	@Test
	void countsWaitingAndPlacedChildrenAsMatchingDoes() {
		Kpis kpis = this.figures.kpis("91", null);
		Figures province = kpis.province();
		assertThat(province.waiting()).as("B waits; C went home; D's need ended; E moved away").isEqualTo(1);
		assertThat(province.placed()).isEqualTo(1);
		assertThat(province.needingCare()).isEqualTo(2);
		assertThat(province.percentPlaced()).isEqualTo(50.0);
		assertThat(province.ended().byReason()).isEqualTo(Map.of("RETURNED_TO_PARENTS", 1L));
		assertThat(province.proposalsClosed().byReason()).isEqualTo(Map.of("CHILD_DECLINED", 1L));
	}

	@Test
	void measuresTheDaysFromTheNeedToTheHandover() {
		Kpis.Days days = this.figures.kpis("91", null).province().daysToPlacement();
		// A: 5 January to 10 February; C: 1 February to 1 March.
		assertThat(days.placements()).isEqualTo(2);
		assertThat(days.median()).isEqualTo(32.0);
		assertThat(days.average()).isEqualTo(32.0);
	}

	@Test
	void countsACommuneWithAnOpenNeedOrAnyPlacementAsRunningTheModel() {
		Kpis kpis = this.figures.kpis("91", null);
		assertThat(kpis.communesRunningTheModel()).isEqualTo(2);
		assertThat(kpis.communes()).extracting(Figures::communeCode).containsExactly("30406", "30409");
		assertThat(kpis.communes().get(1).placed()).isZero();
	}

	@Test
	void measuresTheShareAgainstBothTargets() {
		assertThat(this.figures.kpis("91", null).targets()).containsExactly(
				new Kpis.TargetStatus(2025, 65, false, 15.0), new Kpis.TargetStatus(2030, 90, false, 40.0));
	}

	@Test
	void aChildWhoseCaseMovedCountsInTheReceivingProvinceOnly() {
		Kpis saigon = this.figures.kpis("79", null);
		assertThat(saigon.province().waiting()).isEqualTo(1);
		assertThat(saigon.communes()).extracting(Figures::communeCode).containsExactly("26740");
		assertThat(this.figures.kpis("91", "30406").communes()).hasSize(1);
	}

	@Test
	void tracesTheShareAndTheCommunesMonthByMonth() {
		List<Month> months = this.figures.progress("91", null).months();
		assertThat(months).extracting(Month::month)
			.containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05");
		assertThat(months).extracting(Month::percentPlaced).containsExactly(0.0, 33.3, 66.7, 50.0, 50.0);
		assertThat(months).extracting(Month::communesRunningTheModel).containsExactly(1, 2, 2, 2, 2);
		assertThat(months.get(4).asOf()).hasToString("2026-05-15");
		assertThat(months.get(0).asOf()).hasToString("2026-01-31");
	}

	@Test
	void saysWhichCommunesRunTheModelAndSinceWhen() {
		Progress progress = this.figures.progress("91", null);
		assertThat(progress.communes()).containsExactly(
				new Progress.CommuneSince("30406", java.time.LocalDate.parse("2026-01-05"), true),
				new Progress.CommuneSince("30409", java.time.LocalDate.parse("2026-02-01"), true));
		assertThat(progress.targets()).extracting(Progress.Target::percentPlaced).containsExactly(65.0, 90.0);
	}

	@Test
	void trustsTheEndedFlagOverTheReasonWhenARecordCarriesIt() {
		assertThat(waitingAfterAnEnd(
				new Document("reason", "RETURNED_TO_PARENTS").append("anotherFormOfCareNeeded", true)))
			.as("returned to parents, but matching says the child needs another form of care")
			.isEqualTo(1);
		assertThat(waitingAfterAnEnd(new Document("reason", "OTHER").append("anotherFormOfCareNeeded", false)))
			.as("an OTHER end that matching says needs no other care")
			.isZero();
	}

	@Test
	void fallsBackToTheReasonWhenAnEndDoesNotSayWhetherTheChildWaitsAgain() {
		assertThat(waitingAfterAnEnd(new Document("reason", "RETURNED_TO_PARENTS"))).isZero();
		assertThat(waitingAfterAnEnd(new Document("reason", "CAREGIVER_REQUEST"))).isEqualTo(1);
		assertThat(waitingAfterAnEnd(new Document("reason", "ADOPTED").append("anotherFormOfCareNeeded", null)))
			.isZero();
	}

	/** How many children wait after the one placement of a need ended so. */
	private static int waitingAfterAnEnd(Document end) {
		ModelRecords records = new ModelRecords().need("A", "case-a", "30406", "2026-01-05")
			.placement(ModelState.STARTED, "pA", "A", "30406", "2026-02-10")
			.placement(ModelState.ENDED, "pA", "A", "30406", "2026-03-01", end);
		return new ProgressFigures(records.store(), DEFAULTS, MAY_15).kpis("91", null).province().waiting();
	}

	@Test
	void hasNoShareAndNoMonthsBeforeAnyRecord() {
		ProgressFigures empty = new ProgressFigures(new ModelRecords().store(), DEFAULTS, MAY_15);
		assertThat(empty.kpis("91", null).province().percentPlaced()).isNull();
		assertThat(empty.progress("91", null).months()).isEmpty();
	}

}
