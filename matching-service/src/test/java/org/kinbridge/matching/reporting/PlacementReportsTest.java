package org.kinbridge.matching.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.matching.EventFeed;
import org.kinbridge.matching.InMemoryMongo;
import org.kinbridge.matching.children.WaitingChild;
import org.kinbridge.matching.children.WaitingChildQueries;
import org.kinbridge.matching.children.WaitingState;
import org.kinbridge.matching.placement.PlacementProjection;
import org.kinbridge.matching.placement.PlacementState;
import org.kinbridge.matching.placement.PlacementView;
import org.kinbridge.matching.placement.api.ProposalBasis;
import org.kinbridge.matching.reporting.PlacementReport.Figures;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The figures of An Giang (91) with two communes: who waits, who is placed, how long it
 * took, why placements ended, and how far the province is from its 2025 and 2030 targets.
 * Another province's children never count.
 */
class PlacementReportsTest {

	private static final Instant NOW = Instant.parse("2027-01-10T03:00:00Z");

	/** Saturday 5 December 2026, 10:00 in Vietnam. */
	private static final Instant NEED_RECORDED = Instant.parse("2026-12-05T03:00:00Z");

	private static final ReportingProperties TARGETS = new ReportingProperties(
			Map.of("91", List.of(new ReportingProperties.Target(2030, 90), new ReportingProperties.Target(2025, 65))));

	private MongoTemplate mongo;

	private PlacementReports reports;

	@BeforeEach
	void anGiangWithTwoCommunes() {
		this.mongo = InMemoryMongo.freshDatabase("reports");
		this.reports = new PlacementReports(new PlacementProjection(this.mongo), new WaitingChildQueries(this.mongo),
				TARGETS, Clock.fixed(NOW, ZoneOffset.UTC));
		for (String need : List.of("need-a", "need-b", "need-c")) {
			needOf(need, "91", "30406");
		}
		needOf("need-x", "91", "30316");
		needOf("need-saigon", "79", "26740");
		placement("pl-a", "need-a", "30406", PlacementState.PLACEMENT_ACTIVE, LocalDate.of(2026, 12, 18), null);
		placement("pl-b", "need-b", "30406", PlacementState.PROPOSAL_CLOSED, null, "CAREGIVER_DECLINED");
		placement("pl-e", "need-e", "30406", PlacementState.PLACEMENT_ENDED, LocalDate.of(2026, 12, 25),
				"RETURNED_TO_PARENTS");
		placement("pl-saigon", "need-saigon", "26740", "79", PlacementState.PLACEMENT_ACTIVE, LocalDate.of(2026, 12, 6),
				null);
	}

	@Test
	void countsWaitingAndPlacedChildrenOfEachCommune() {
		PlacementReport report = this.reports.report("91", null);

		assertThat(report.communes()).extracting(Figures::communeCode).containsExactly("30316", "30406");
		Figures phuTan = report.communes().get(1);
		assertThat(phuTan.waiting()).isEqualTo(2);
		assertThat(phuTan.placed()).isEqualTo(1);
		assertThat(phuTan.needingCare()).isEqualTo(3);
		assertThat(phuTan.percentPlaced()).isEqualTo(33.3);
		Figures chauDoc = report.communes().get(0);
		assertThat(chauDoc.waiting()).isEqualTo(1);
		assertThat(chauDoc.percentPlaced()).isZero();
	}

	@Test
	void theDaysFromNeedToPlacementCountEveryPlacementThatStarted() {
		Figures phuTan = this.reports.report("91", "30406").communes().get(0);

		assertThat(phuTan.daysToPlacement().placements()).isEqualTo(2);
		assertThat(phuTan.daysToPlacement().median()).isEqualTo(16.5);
		assertThat(phuTan.daysToPlacement().average()).isEqualTo(16.5);
	}

	@Test
	void endedPlacementsAndClosedProposalsAreCountedByReason() {
		Figures province = this.reports.report("91", null).province();

		assertThat(province.ended().total()).isEqualTo(1);
		assertThat(province.ended().byReason()).containsExactly(Map.entry("RETURNED_TO_PARENTS", 1L));
		assertThat(province.proposalsClosed().byReason()).containsExactly(Map.entry("CAREGIVER_DECLINED", 1L));
	}

	@Test
	void theProvinceIsMeasuredAgainstItsTargetsInOrderOfYear() {
		PlacementReport report = this.reports.report("91", null);

		assertThat(report.province().waiting()).isEqualTo(3);
		assertThat(report.province().placed()).isEqualTo(1);
		assertThat(report.province().percentPlaced()).isEqualTo(25.0);
		assertThat(report.communesRunningTheModel()).isEqualTo(2);
		assertThat(report.targets()).extracting(PlacementReport.TargetStatus::year).containsExactly(2025, 2030);
		assertThat(report.targets().get(0).reached()).isFalse();
		assertThat(report.targets().get(0).gap()).isEqualTo(40.0);
		assertThat(report.targets().get(1).gap()).isEqualTo(65.0);
		assertThat(report.generatedAt()).isEqualTo(NOW);
	}

	@Test
	void anotherProvincesChildrenNeverCount() {
		PlacementReport report = this.reports.report("91", null);

		assertThat(report.communes()).extracting(Figures::communeCode).doesNotContain("26740");
		assertThat(this.reports.report("79", null).province().placed()).isEqualTo(1);
		assertThat(this.reports.report("79", null).targets()).isEmpty();
	}

	@Test
	void aCommuneWithoutNeedsOrPlacementsHasZeroes() {
		Figures empty = this.reports.report("91", "30427").communes().get(0);

		assertThat(empty.needingCare()).isZero();
		assertThat(empty.percentPlaced()).isNull();
		assertThat(empty.daysToPlacement().median()).isNull();
	}

	@Test
	void aChildWhoseLastPlacementEndedWithoutNeedingOtherCareNoLongerWaits() {
		needOf("need-home", "91", "30406");
		needOf("need-again", "91", "30406");
		ended("pl-home", "need-home", false);
		ended("pl-again", "need-again", true);

		Figures phuTan = this.reports.report("91", "30406").communes().get(0);

		assertThat(phuTan.waiting()).isEqualTo(3);
		assertThat(phuTan.ended().byReason()).containsEntry("RETURNED_TO_PARENTS", 3L);
	}

	@Test
	void aTargetAboveOneHundredPercentStopsTheService() {
		assertThatThrownBy(() -> new ReportingProperties.Target(2030, 120)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("percent-placed");
	}

	@Test
	void theReportNamesNoOne() throws Exception {
		String json = EventFeed.JSON.writeValueAsString(this.reports.report("91", null));

		assertThat(json).doesNotContain("child-", "cg-", "need-", "officer");
	}

	private void needOf(String needId, String province, String commune) {
		this.mongo.insert(new WaitingChild(needId, "case-" + needId, province, commune, commune,
				new WaitingChild.ChildProfile("child-" + needId, "case-" + needId, "MALE", LocalDate.of(2016, 3, 2),
						null, "KINH", "NONE", List.of("vi"), List.of(), List.of()),
				null, List.of(), false, List.of("KINSHIP"), List.of(), null, WaitingState.WAITING, NEED_RECORDED,
				NEED_RECORDED, null, null, "evt-" + needId));
	}

	private void ended(String placementId, String needId, boolean anotherFormOfCareNeeded) {
		this.mongo.insert(new PlacementView(placementId, needId, "case-" + needId, "child-" + needId, "cg-1", "91",
				"30406", "KINSHIP", PlacementState.PLACEMENT_ENDED.name(),
				new ProposalBasis(null, 1, 0, List.of("by hand")), NEED_RECORDED, NEED_RECORDED, "officer.phutan", null,
				null, LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 5), "RETURNED_TO_PARENTS",
				anotherFormOfCareNeeded, List.of(), List.of(), List.of()));
	}

	private void placement(String placementId, String needId, String commune, PlacementState state,
			LocalDate handedOverOn, String outcome) {
		placement(placementId, needId, commune, "91", state, handedOverOn, outcome);
	}

	private void placement(String placementId, String needId, String commune, String province, PlacementState state,
			LocalDate handedOverOn, String outcome) {
		this.mongo.insert(new PlacementView(placementId, needId, "case-" + needId, "child-" + needId, "cg-1", province,
				commune, "KINSHIP", state.name(), new ProposalBasis(null, 1, 0, List.of("by hand")), NEED_RECORDED,
				NEED_RECORDED, "officer.phutan", null, null, handedOverOn, null, outcome, null, List.of(), List.of(),
				List.of()));
	}

}
