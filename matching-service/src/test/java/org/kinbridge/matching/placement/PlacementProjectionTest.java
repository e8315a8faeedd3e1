package org.kinbridge.matching.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kinbridge.matching.placement.PlacementScenarios.HANDED_OVER;
import static org.kinbridge.matching.placement.PlacementScenarios.HANDOVER_DUE;
import static org.kinbridge.matching.placement.PlacementScenarios.PLACEMENT_ID;
import static org.kinbridge.matching.placement.PlacementScenarios.REF;
import static org.kinbridge.matching.placement.PlacementScenarios.TEN_YEARS_OLD;
import static org.kinbridge.matching.placement.PlacementScenarios.at;
import static org.kinbridge.matching.placement.PlacementScenarios.consented;
import static org.kinbridge.matching.placement.PlacementScenarios.consulted;
import static org.kinbridge.matching.placement.PlacementScenarios.day;
import static org.kinbridge.matching.placement.PlacementScenarios.decided;
import static org.kinbridge.matching.placement.PlacementScenarios.endOf;
import static org.kinbridge.matching.placement.PlacementScenarios.familyService;
import static org.kinbridge.matching.placement.PlacementScenarios.handedOver;
import static org.kinbridge.matching.placement.PlacementScenarios.officer;
import static org.kinbridge.matching.placement.PlacementScenarios.proposed;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.matching.InMemoryMongo;
import org.kinbridge.matching.placement.PlacementView.TimeLimit;
import org.kinbridge.matching.placement.api.EndReason;
import org.kinbridge.matching.placement.api.HandoverCompleted;
import org.kinbridge.matching.placement.api.HandoverOverdue;
import org.kinbridge.matching.placement.api.MonitoringReportRecorded;
import org.kinbridge.matching.placement.api.MonitoringTrigger;
import org.kinbridge.matching.placement.api.OutsideChange;
import org.kinbridge.matching.placement.api.PlacementAlertRaised;
import org.kinbridge.matching.placement.api.PlacementEnded;

/**
 * The placement as officers read it: steps in order, time limits met, missed or still
 * open, alerts, and the same view whatever is delivered twice.
 */
class PlacementProjectionTest {

	private PlacementProjection projection;

	@BeforeEach
	void freshDatabase() {
		this.projection = new PlacementProjection(InMemoryMongo.freshDatabase("placements"));
	}

	@Test
	void showsEachStepWithWhoWhenAndWhyAndTheOpenMonitoringLimit() {
		decidedAndHandedOver();

		PlacementView view = view();
		assertThat(view.state()).isEqualTo("PLACEMENT_ACTIVE");
		assertThat(view.steps()).extracting(PlacementView.Step::kind)
			.containsExactly("MATCH_PROPOSED", "CAREGIVER_CONFIRMED", "CHILD_CONSULTED", "PLACEMENT_DECISION_ISSUED",
					"HANDOVER_COMPLETED");
		assertThat(view.steps().get(3))
			.extracting(PlacementView.Step::userId, PlacementView.Step::role, PlacementView.Step::legalBasis,
					PlacementView.Step::detail)
			.containsExactly("chair.phutan", "COMMUNE_CHAIR", PlacementScenarios.LEGAL_BASIS, "decision 125/QĐ-UBND");
		assertThat(view.deadlines()).extracting(TimeLimit::kind, TimeLimit::dueOn, TimeLimit::metOn)
			.containsExactly(tuple("HANDOVER", HANDOVER_DUE, day(HANDED_OVER)),
					tuple("MONITORING_REPORT", LocalDate.of(2027, 6, 18), null));
		assertThat(view.basis().shortlistId()).isEqualTo("sl-1");
	}

	@Test
	void aRedeliveredEventChangesNothing() {
		decidedAndHandedOver();
		PlacementView before = view();

		this.projection.on(consented(), "evt-consented");
		this.projection.on(handedOver(), "evt-handed-over");
		this.projection.on(proposed(TEN_YEARS_OLD), "evt-proposed");

		assertThat(view()).isEqualTo(before);
	}

	@Test
	void aReportOnTheHandoverDayStillLeavesTheNextReportDue() {
		decidedAndHandedOver();
		LocalDate next = day(HANDED_OVER).plusMonths(6);

		this.projection.on(new MonitoringReportRecorded(REF, day(HANDED_OVER), MonitoringTrigger.CHANGE,
				"Moved school.", true, next, endOf(next), officer(HANDED_OVER)), "evt-report");

		assertThat(view().deadlines()).extracting(TimeLimit::kind, TimeLimit::metOn)
			.containsExactly(tuple("HANDOVER", day(HANDED_OVER)), tuple("MONITORING_REPORT", day(HANDED_OVER)),
					tuple("MONITORING_REPORT", null));
		assertThat(view().steps()).last()
			.satisfies(step -> assertThat(step.detail()).isEqualTo("CHANGE"))
			.satisfies(step -> assertThat(step.reason()).isEqualTo("Moved school."));
	}

	@Test
	void anOverdueHandoverIsAnAlertAndStaysMissedWhenTheHandoverComesLate() {
		this.projection.on(proposed(TEN_YEARS_OLD), "evt-proposed");
		this.projection.on(decided(), "evt-decided");
		Instant ranOut = endOf(HANDOVER_DUE);
		this.projection.on(new HandoverOverdue(REF, HANDOVER_DUE, ranOut, null), "evt-overdue", ranOut);
		this.projection.on(new HandoverOverdue(REF, HANDOVER_DUE, ranOut, null), "evt-overdue", ranOut);
		Instant late = at(2027, 1, 7, 9, 0);
		this.projection.on(new HandoverCompleted(REF, day(late), null, false, day(late).plusMonths(6),
				endOf(day(late).plusMonths(6)), officer(late)), "evt-late");

		PlacementView view = view();
		assertThat(view.alerts()).singleElement()
			.satisfies(alert -> assertThat(alert.kind()).isEqualTo("HANDOVER_OVERDUE"))
			.satisfies(alert -> assertThat(alert.detail()).contains("2027-01-05"));
		assertThat(view.deadlines().get(0)).extracting(TimeLimit::missedAt, TimeLimit::metOn)
			.containsExactly(ranOut, day(late));
		assertThat(view.steps()).last().satisfies(step -> assertThat(step.detail()).isEqualTo("after the time limit"));
	}

	@Test
	void aSuspendedCaregiverOfARunningPlacementIsAnAlert() {
		decidedAndHandedOver();

		this.projection.on(new PlacementAlertRaised(REF, OutsideChange.CAREGIVER_SUSPENDED, "Suspended.",
				familyService(at(2027, 2, 1, 8, 0))), "evt-alert");

		assertThat(view().alerts()).singleElement()
			.satisfies(alert -> assertThat(alert.kind()).isEqualTo("CAREGIVER_SUSPENDED"));
		assertThat(view().state()).isEqualTo("PLACEMENT_ACTIVE");
	}

	@Test
	void anEndedPlacementKeepsTheLimitsItMetAndDropsTheOpenOnes() {
		decidedAndHandedOver();
		Instant ended = at(2027, 3, 1, 9, 0);

		this.projection.on(new PlacementEnded(REF, EndReason.ADOPTED, "Law on Children 2016 Art. 69", null, day(ended),
				false, "PLACEMENT_ACTIVE", officer(ended)), "evt-ended");

		PlacementView view = view();
		assertThat(view.state()).isEqualTo("PLACEMENT_ENDED");
		assertThat(view.outcome()).isEqualTo("ADOPTED");
		assertThat(view.anotherFormOfCareNeeded()).isFalse();
		assertThat(view.endedOn()).isEqualTo(day(ended));
		assertThat(view.deadlines()).extracting(TimeLimit::kind).containsExactly("HANDOVER");
	}

	@Test
	void listsByNeedAndStateWithinTheProvinceAndCommune() {
		decidedAndHandedOver();

		assertThat(this.projection.list("91", "30406", "need-1", PlacementState.PLACEMENT_ACTIVE)).hasSize(1);
		assertThat(this.projection.list("91", "30316", null, null)).isEmpty();
		assertThat(this.projection.list("79", null, null, null)).isEmpty();
		assertThat(this.projection.openFor("91", "need-1")).extracting(PlacementView::placementId)
			.containsExactly(PLACEMENT_ID);
	}

	private void decidedAndHandedOver() {
		this.projection.on(proposed(TEN_YEARS_OLD), "evt-proposed");
		this.projection.on(consented(), "evt-consented");
		this.projection.on(consulted(), "evt-consulted");
		this.projection.on(decided(), "evt-decided");
		this.projection.on(handedOver(), "evt-handed-over");
	}

	private PlacementView view() {
		return this.projection.find(PLACEMENT_ID).orElseThrow();
	}

}
