package org.kinbridge.matching.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.kinbridge.matching.placement.PlacementScenarios.BASIS;
import static org.kinbridge.matching.placement.PlacementScenarios.CONSENTED;
import static org.kinbridge.matching.placement.PlacementScenarios.CONSULTED;
import static org.kinbridge.matching.placement.PlacementScenarios.DECIDED;
import static org.kinbridge.matching.placement.PlacementScenarios.FIVE_YEARS_OLD;
import static org.kinbridge.matching.placement.PlacementScenarios.HANDED_OVER;
import static org.kinbridge.matching.placement.PlacementScenarios.HANDOVER_DUE;
import static org.kinbridge.matching.placement.PlacementScenarios.LEGAL_BASIS;
import static org.kinbridge.matching.placement.PlacementScenarios.NEED_RECORDED;
import static org.kinbridge.matching.placement.PlacementScenarios.PLACEMENT_ID;
import static org.kinbridge.matching.placement.PlacementScenarios.PROPOSED;
import static org.kinbridge.matching.placement.PlacementScenarios.REF;
import static org.kinbridge.matching.placement.PlacementScenarios.TEN_YEARS_OLD;
import static org.kinbridge.matching.placement.PlacementScenarios.active;
import static org.kinbridge.matching.placement.PlacementScenarios.at;
import static org.kinbridge.matching.placement.PlacementScenarios.chair;
import static org.kinbridge.matching.placement.PlacementScenarios.consented;
import static org.kinbridge.matching.placement.PlacementScenarios.consulted;
import static org.kinbridge.matching.placement.PlacementScenarios.day;
import static org.kinbridge.matching.placement.PlacementScenarios.decided;
import static org.kinbridge.matching.placement.PlacementScenarios.endOf;
import static org.kinbridge.matching.placement.PlacementScenarios.familyService;
import static org.kinbridge.matching.placement.PlacementScenarios.handedOver;
import static org.kinbridge.matching.placement.PlacementScenarios.officer;
import static org.kinbridge.matching.placement.PlacementScenarios.officerOfAnotherCommune;
import static org.kinbridge.matching.placement.PlacementScenarios.officerOfAnotherProvince;
import static org.kinbridge.matching.placement.PlacementScenarios.placementFixture;
import static org.kinbridge.matching.placement.PlacementScenarios.proposed;
import static org.kinbridge.matching.placement.PlacementScenarios.proposerAsChair;
import static org.kinbridge.matching.placement.PlacementScenarios.provinceOfficer;
import static org.kinbridge.matching.placement.PlacementScenarios.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.kinbridge.matching.placement.api.CaregiverConsented;
import org.kinbridge.matching.placement.api.ChildAge;
import org.kinbridge.matching.placement.api.ChildConsulted;
import org.kinbridge.matching.placement.api.CompleteHandover;
import org.kinbridge.matching.placement.api.DeclineProposal;
import org.kinbridge.matching.placement.api.DecliningParty;
import org.kinbridge.matching.placement.api.EndPlacement;
import org.kinbridge.matching.placement.api.EndReason;
import org.kinbridge.matching.placement.api.HandoverCompleted;
import org.kinbridge.matching.placement.api.HandoverOverdue;
import org.kinbridge.matching.placement.api.IssueDecision;
import org.kinbridge.matching.placement.api.MonitoringReportOverdue;
import org.kinbridge.matching.placement.api.MonitoringReportRecorded;
import org.kinbridge.matching.placement.api.MonitoringTrigger;
import org.kinbridge.matching.placement.api.OutsideChange;
import org.kinbridge.matching.placement.api.PlacementAlertRaised;
import org.kinbridge.matching.placement.api.PlacementDecided;
import org.kinbridge.matching.placement.api.PlacementEnded;
import org.kinbridge.matching.placement.api.PlacementEvent;
import org.kinbridge.matching.placement.api.PlacementProposed;
import org.kinbridge.matching.placement.api.ProposalBasis;
import org.kinbridge.matching.placement.api.ProposalClosed;
import org.kinbridge.matching.placement.api.ProposalOutcome;
import org.kinbridge.matching.placement.api.ProposePlacement;
import org.kinbridge.matching.placement.api.RecordCaregiverConsent;
import org.kinbridge.matching.placement.api.RecordChildOpinion;
import org.kinbridge.matching.placement.api.RecordMonitoringReport;
import org.kinbridge.matching.placement.api.RejectProposal;
import org.kinbridge.matching.placement.api.RespondToOutsideChange;
import org.kinbridge.matching.placement.api.WithdrawProposal;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.ForbiddenException;

/**
 * A placement step by step (Law on Children 2016 Art. 63-69, Circular 14/2020 Art. 13):
 * the caregiver's consent, the child's opinion from 7, the chair's decision that its
 * proposer may not take, the handover within 15 working days, monitoring every 6 months,
 * and every way out before and after the decision.
 */
class PlacementTest {

	private static final String CHILD_OPINION = "Wants to live with his grandmother.";

	private final AggregateTestFixture<Placement> fixture = placementFixture();

	// Proposal

	@Test
	void proposesACaregiverWithTheShortlistEntryItRestsOn() {
		this.fixture.givenNoPriorActivity()
			.when(new ProposePlacement(REF, TEN_YEARS_OLD, NEED_RECORDED, BASIS,
					"The grandmother asked to take the boy.", officer(PROPOSED)))
			.expectEvents(proposed(TEN_YEARS_OLD));
	}

	@Test
	void aProposalWithoutAnyReasonForTheCaregiverIsRefused() {
		this.fixture.givenNoPriorActivity()
			.when(new ProposePlacement(REF, TEN_YEARS_OLD, NEED_RECORDED, new ProposalBasis(null, 1, 0, List.of()), "…",
					officer(PROPOSED)))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	// Caregiver's consent

	@Test
	void recordsTheCaregiversConsent() {
		this.fixture.given(proposed(TEN_YEARS_OLD))
			.when(new RecordCaregiverConsent(PLACEMENT_ID, day(CONSENTED), "Signed the consent form.",
					officer(CONSENTED)))
			.expectEvents(consented())
			.expectResultMessagePayload(PlacementState.CAREGIVER_CONFIRMED);
	}

	@Test
	void aConsentCannotBeDatedInTheFutureOrBeforeTheProposal() {
		this.fixture.given(proposed(TEN_YEARS_OLD))
			.when(new RecordCaregiverConsent(PLACEMENT_ID, day(CONSENTED).plusDays(1), null, officer(CONSENTED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("consentedOn"));
		placementFixture().given(proposed(TEN_YEARS_OLD))
			.when(new RecordCaregiverConsent(PLACEMENT_ID, day(PROPOSED).minusDays(1), null, officer(CONSENTED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("consentedOn"));
	}

	@Test
	void theConsentIsRecordedOnce() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented())
			.when(new RecordCaregiverConsent(PLACEMENT_ID, day(CONSENTED), null, officer(CONSENTED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The placement is CAREGIVER_CONFIRMED"));
	}

	// Child's opinion

	@Test
	void recordsTheOpinionOfAChildWhoAgreesWithTheAgeOnThatDay() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented())
			.when(new RecordChildOpinion(PLACEMENT_ID, day(CONSULTED), CHILD_OPINION, true, officer(CONSULTED)))
			.expectEvents(consulted())
			.expectResultMessagePayload(PlacementState.CHILD_CONSULTED);
	}

	@Test
	void aChildWhoDoesNotAgreeClosesTheProposal() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented())
			.when(new RecordChildOpinion(PLACEMENT_ID, day(CONSULTED), "Wants to stay with his aunt.", false,
					officer(CONSULTED)))
			.expectEvents(
					new ChildConsulted(REF, day(CONSULTED), 10, "Wants to stay with his aunt.", false,
							officer(CONSULTED)),
					new ProposalClosed(REF, ProposalOutcome.CHILD_DECLINED, "CAREGIVER_CONFIRMED",
							"The child did not agree to live with the proposed caregiver when consulted on 2026-12-12.",
							officer(CONSULTED)))
			.expectResultMessagePayload(PlacementState.PROPOSAL_CLOSED);
	}

	@Test
	void theChildIsConsultedAfterTheCaregiverConsented() {
		this.fixture.given(proposed(TEN_YEARS_OLD))
			.when(new RecordChildOpinion(PLACEMENT_ID, day(CONSULTED), CHILD_OPINION, true, officer(CONSULTED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(allOf(containsString("MATCH_PROPOSED"), containsString("CAREGIVER_CONFIRMED")));
	}

	// Decision

	@Test
	void theChairDecidesAndTheHandoverIsDueFifteenWorkingDaysLater() {
		this.fixture.givenCurrentTime(DECIDED)
			.andGiven(proposed(TEN_YEARS_OLD), consented(), consulted())
			.when(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "The grandmother is eligible and the boy agreed.",
					LEGAL_BASIS, chair(DECIDED)))
			.expectEvents(decided())
			.expectScheduledDeadline(endOf(HANDOVER_DUE), new TimeLimitReached(PLACEMENT_ID, endOf(HANDOVER_DUE)))
			.expectScheduledDeadlineWithName(endOf(HANDOVER_DUE), Placement.HANDOVER_DEADLINE)
			.expectResultMessagePayload(PlacementState.PLACEMENT_DECISION_ISSUED);
	}

	@Test
	void fifteenWorkingDaysFromMondayFourteenDecemberSkipNewYearsDayAndWeekends() {
		assertThat(rules(Map.of()).handoverDueOn("91", LocalDate.of(2026, 12, 14))).isEqualTo(HANDOVER_DUE);
	}

	@Test
	void theProposerCannotDecideTheirOwnProposalEvenAsChair() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented(), consulted())
			.when(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "…", LEGAL_BASIS, proposerAsChair(DECIDED)))
			.expectException(ForbiddenException.class)
			.expectExceptionMessage(containsString("You proposed this placement"))
			.expectNoEvents();
	}

	@Test
	void aChildOfSevenOrMoreMustBeConsultedBeforeTheDecision() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented())
			.when(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "…", LEGAL_BASIS, chair(DECIDED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("The child is 10 on 2026-12-14 (7 or older)"))
			.expectNoEvents();
	}

	@Test
	void aChildOfUnknownAgeCountsAsSevenOrMore() {
		this.fixture.given(proposed(ChildAge.UNKNOWN), consented())
			.when(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "…", LEGAL_BASIS, chair(DECIDED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("age is unknown"));
	}

	@Test
	void aChildWhoTurnsSevenBeforeTheDecisionMustBeConsulted() {
		ChildAge sevenOnDecisionDay = new ChildAge(LocalDate.of(2019, 12, 14), null, null);
		this.fixture.given(proposed(sevenOnDecisionDay), consented())
			.when(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "…", LEGAL_BASIS, chair(DECIDED)))
			.expectException(DomainRuleViolation.class);
	}

	@Test
	void anEstimatedAgeGrowsWithTheYearsSinceItWasEstimated() {
		ChildAge estimated = new ChildAge(null, 6, LocalDate.of(2025, 11, 1));
		assertThat(estimated.yearsOn(LocalDate.of(2026, 12, 14))).hasValue(7);
		this.fixture.given(proposed(estimated), consented())
			.when(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "…", LEGAL_BASIS, chair(DECIDED)))
			.expectException(DomainRuleViolation.class);
	}

	@Test
	void aChildUnderSevenIsPlacedWithoutAnOpinion() {
		this.fixture.given(proposed(FIVE_YEARS_OLD), consented())
			.when(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "Kin care for a five-year-old.", LEGAL_BASIS,
					chair(DECIDED)))
			.expectEvents(new PlacementDecided(REF, "125/QĐ-UBND", day(DECIDED), "Kin care for a five-year-old.",
					LEGAL_BASIS, false, 15, HANDOVER_DUE, endOf(HANDOVER_DUE), chair(DECIDED)));
	}

	@Test
	void aProvinceThatAsksChildrenFromFiveMakesTheOpinionOfAFiveYearOldRequired() {
		placementFixture(Map.of("91", new PlacementRulesProperties.ProvinceRules(5, null, null)))
			.given(proposed(FIVE_YEARS_OLD), consented())
			.when(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "…", LEGAL_BASIS, chair(DECIDED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("(5 or older)"));
	}

	@Test
	void aProvinceWithTenWorkingDaysForTheHandoverDueItSooner() {
		LocalDate due = rules(Map.of("91", new PlacementRulesProperties.ProvinceRules(null, 10, null)))
			.handoverDueOn("91", day(DECIDED));
		placementFixture(Map.of("91", new PlacementRulesProperties.ProvinceRules(null, 10, null)))
			.given(proposed(FIVE_YEARS_OLD), consented())
			.when(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "…", LEGAL_BASIS, chair(DECIDED)))
			.expectEvents(new PlacementDecided(REF, "125/QĐ-UBND", day(DECIDED), "…", LEGAL_BASIS, false, 10, due,
					endOf(due), chair(DECIDED)));
		assertThat(due).isEqualTo(LocalDate.of(2026, 12, 28));
	}

	@Test
	void aProvinceCannotAllowMoreThanTheNationalFifteenWorkingDays() {
		assertThatThrownBy(() -> new PlacementRulesProperties.ProvinceRules(null, 20, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("handover-working-days");
	}

	@Test
	void noDecisionBeforeTheCaregiverConsented() {
		this.fixture.given(proposed(FIVE_YEARS_OLD))
			.when(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "…", LEGAL_BASIS, chair(DECIDED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The placement is MATCH_PROPOSED"));
	}

	@Test
	void theChairRejectsAProposal() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented(), consulted())
			.when(new RejectProposal(PLACEMENT_ID, "The house is too far from the boy's school.", chair(DECIDED)))
			.expectEvents(new ProposalClosed(REF, ProposalOutcome.REJECTED, "CHILD_CONSULTED",
					"The house is too far from the boy's school.", chair(DECIDED)));
	}

	// Handover

	@Test
	void aHandoverInTimeStartsThePlacementAndTheSixMonthMonitoring() {
		LocalDate reportDue = LocalDate.of(2027, 6, 18);
		this.fixture.givenCurrentTime(DECIDED)
			.andGiven(proposed(TEN_YEARS_OLD), consented(), consulted(), decided())
			.andGivenCurrentTime(HANDED_OVER)
			.when(new CompleteHandover(PLACEMENT_ID, day(HANDED_OVER), "Handed over at the commune office.",
					officer(HANDED_OVER)))
			.expectEvents(handedOver())
			.expectScheduledDeadline(endOf(reportDue), new TimeLimitReached(PLACEMENT_ID, endOf(reportDue)))
			.expectResultMessagePayload(PlacementState.PLACEMENT_ACTIVE);
		assertThat(handedOver().monitoringDueOn()).isEqualTo(reportDue);
	}

	@Test
	void theHandoverDeadlineIsCancelledWhenTheChildIsHandedOver() {
		this.fixture.givenCurrentTime(DECIDED)
			.andGiven(proposed(TEN_YEARS_OLD), consented(), consulted())
			.andGivenCommands(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "…", LEGAL_BASIS, chair(DECIDED)),
					new CompleteHandover(PLACEMENT_ID, day(HANDED_OVER), null, officer(HANDED_OVER)))
			.whenTimeAdvancesTo(endOf(HANDOVER_DUE).plusSeconds(1))
			.expectNoEvents()
			.expectTriggeredDeadlines();
	}

	@Test
	void whenNoHandoverIsRecordedInTimeTheHandoverIsOverdue() {
		this.fixture.givenCurrentTime(DECIDED)
			.andGiven(proposed(TEN_YEARS_OLD), consented(), consulted())
			.andGivenCommands(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "The grandmother is eligible.",
					LEGAL_BASIS, chair(DECIDED)))
			.whenTimeAdvancesTo(endOf(HANDOVER_DUE))
			.expectTriggeredDeadlinesWithName(Placement.HANDOVER_DEADLINE)
			.expectEvents(new HandoverOverdue(REF, HANDOVER_DUE, endOf(HANDOVER_DUE), null));
	}

	@Test
	void aLateHandoverRecordsTheMissedLimitFirstAndStillStartsThePlacement() {
		Instant late = at(2027, 1, 7, 9, 0);
		LocalDate reportDue = LocalDate.of(2027, 7, 7);
		this.fixture.given(proposed(TEN_YEARS_OLD), consented(), consulted(), decided())
			.when(new CompleteHandover(PLACEMENT_ID, day(late), null, officer(late)))
			.expectEvents(new HandoverOverdue(REF, HANDOVER_DUE, endOf(HANDOVER_DUE), officer(late)),
					new HandoverCompleted(REF, day(late), null, false, reportDue, endOf(reportDue), officer(late)));
	}

	@Test
	void aHandoverAfterTheDeadlineFiredIsNotOverdueTwice() {
		Instant late = at(2027, 1, 7, 9, 0);
		LocalDate reportDue = LocalDate.of(2027, 7, 7);
		this.fixture
			.given(proposed(TEN_YEARS_OLD), consented(), consulted(), decided(),
					new HandoverOverdue(REF, HANDOVER_DUE, endOf(HANDOVER_DUE), null))
			.when(new CompleteHandover(PLACEMENT_ID, day(late), null, officer(late)))
			.expectEvents(
					new HandoverCompleted(REF, day(late), null, false, reportDue, endOf(reportDue), officer(late)));
	}

	@Test
	void aHandoverCannotPrecedeTheDecision() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented(), consulted(), decided())
			.when(new CompleteHandover(PLACEMENT_ID, day(DECIDED).minusDays(1), null, officer(HANDED_OVER)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("handedOverOn"));
	}

	@Test
	void noHandoverBeforeTheDecision() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented(), consulted())
			.when(new CompleteHandover(PLACEMENT_ID, day(HANDED_OVER), null, officer(HANDED_OVER)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The placement is CHILD_CONSULTED"));
	}

	// Monitoring

	@Test
	void aMonitoringReportMeetsTheLimitAndTheNextIsDueSixMonthsLater() {
		Instant visited = at(2027, 3, 2, 9, 0);
		LocalDate next = LocalDate.of(2027, 9, 2);
		this.fixture.givenCurrentTime(HANDED_OVER)
			.andGiven(active())
			.andGivenCurrentTime(visited)
			.when(new RecordMonitoringReport(PLACEMENT_ID, day(visited), MonitoringTrigger.CHANGE,
					"The boy changed school.", officer(visited)))
			.expectEvents(new MonitoringReportRecorded(REF, day(visited), MonitoringTrigger.CHANGE,
					"The boy changed school.", true, next, endOf(next), officer(visited)))
			.expectScheduledDeadline(endOf(next), new TimeLimitReached(PLACEMENT_ID, endOf(next)));
	}

	@Test
	void everySixMonthsWithoutAReportTheReportIsOverdue() {
		LocalDate firstDue = LocalDate.of(2027, 6, 18);
		Instant visited = at(2027, 6, 10, 9, 0);
		LocalDate secondDue = LocalDate.of(2027, 12, 10);
		this.fixture.givenCurrentTime(DECIDED)
			.andGiven(proposed(TEN_YEARS_OLD), consented(), consulted(), decided())
			.andGivenCommands(new CompleteHandover(PLACEMENT_ID, day(HANDED_OVER), null, officer(HANDED_OVER)),
					new RecordMonitoringReport(PLACEMENT_ID, day(visited), MonitoringTrigger.SCHEDULED,
							"Doing well at school.", officer(visited)))
			.whenTimeAdvancesTo(endOf(secondDue))
			.expectTriggeredDeadlinesWithName(Placement.MONITORING_DEADLINE)
			.expectEvents(new MonitoringReportOverdue(REF, secondDue, endOf(secondDue), null));
		assertThat(firstDue).isBefore(secondDue);
	}

	@Test
	void withoutAnyReportTheFirstMonitoringReportIsOverdueSixMonthsAfterTheHandover() {
		LocalDate due = LocalDate.of(2027, 6, 18);
		this.fixture.givenCurrentTime(DECIDED)
			.andGiven(proposed(TEN_YEARS_OLD), consented(), consulted(), decided())
			.andGivenCommands(new CompleteHandover(PLACEMENT_ID, day(HANDED_OVER), null, officer(HANDED_OVER)))
			.whenTimeAdvancesTo(endOf(due))
			.expectEvents(new MonitoringReportOverdue(REF, due, endOf(due), null));
	}

	@Test
	void aLateReportRecordsTheMissedLimitFirst() {
		Instant late = at(2027, 7, 1, 9, 0);
		LocalDate due = LocalDate.of(2027, 6, 18);
		LocalDate next = LocalDate.of(2028, 1, 1);
		this.fixture.given(active())
			.when(new RecordMonitoringReport(PLACEMENT_ID, day(late), MonitoringTrigger.SCHEDULED, "Visited.",
					officer(late)))
			.expectEvents(new MonitoringReportOverdue(REF, due, endOf(due), officer(late)),
					new MonitoringReportRecorded(REF, day(late), MonitoringTrigger.SCHEDULED, "Visited.", false, next,
							endOf(next), officer(late)));
	}

	@Test
	void monitoringNeedsARunningPlacement() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented(), consulted(), decided())
			.when(new RecordMonitoringReport(PLACEMENT_ID, day(DECIDED), MonitoringTrigger.CHANGE, "…",
					officer(DECIDED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("PLACEMENT_DECISION_ISSUED"));
	}

	// Declining and withdrawing before the decision

	@Test
	void theCaregiverDeclinesAtAnyStepBeforeTheDecision() {
		this.fixture.given(proposed(TEN_YEARS_OLD))
			.when(new DeclineProposal(PLACEMENT_ID, DecliningParty.CAREGIVER, "In hospital until February.",
					officer(CONSENTED)))
			.expectEvents(new ProposalClosed(REF, ProposalOutcome.CAREGIVER_DECLINED, "MATCH_PROPOSED",
					"In hospital until February.", officer(CONSENTED)))
			.expectResultMessagePayload(PlacementState.PROPOSAL_CLOSED);
	}

	@Test
	void theChildDeclinesAfterBeingConsulted() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented(), consulted())
			.when(new DeclineProposal(PLACEMENT_ID, DecliningParty.CHILD, "Changed his mind.", officer(DECIDED)))
			.expectEvents(new ProposalClosed(REF, ProposalOutcome.CHILD_DECLINED, "CHILD_CONSULTED",
					"Changed his mind.", officer(DECIDED)));
	}

	@Test
	void theOfficerWithdrawsAProposal() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented())
			.when(new WithdrawProposal(PLACEMENT_ID, "Proposed the wrong caregiver.", null, provinceOfficer(CONSENTED)))
			.expectEvents(new ProposalClosed(REF, ProposalOutcome.WITHDRAWN, "CAREGIVER_CONFIRMED",
					"Proposed the wrong caregiver.", provinceOfficer(CONSENTED)));
	}

	@Test
	void aDecidedPlacementCannotBeDeclined() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented(), consulted(), decided())
			.when(new DeclineProposal(PLACEMENT_ID, DecliningParty.CAREGIVER, "…", officer(HANDED_OVER)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The placement is PLACEMENT_DECISION_ISSUED"));
	}

	@Test
	void aClosedProposalTakesNoFurtherStep() {
		this.fixture
			.given(proposed(TEN_YEARS_OLD),
					new ProposalClosed(REF, ProposalOutcome.WITHDRAWN, "MATCH_PROPOSED", "…", officer(CONSENTED)))
			.when(new RecordCaregiverConsent(PLACEMENT_ID, day(CONSENTED), null, officer(CONSENTED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The placement is PROPOSAL_CLOSED"));
	}

	// After the decision

	@Test
	void withdrawingAfterTheDecisionCancelsTheHandoverWithALegalBasis() {
		Instant cancelled = at(2026, 12, 16, 9, 0);
		this.fixture.givenCurrentTime(DECIDED)
			.andGiven(proposed(TEN_YEARS_OLD), consented(), consulted())
			.andGivenCommands(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "…", LEGAL_BASIS, chair(DECIDED)))
			.when(new WithdrawProposal(PLACEMENT_ID, "The mother came back.", "Law on Children 2016 Art. 69",
					officer(cancelled)))
			.expectEvents(new PlacementEnded(REF, EndReason.HANDOVER_CANCELLED, "Law on Children 2016 Art. 69",
					"The mother came back.", day(cancelled), true, "PLACEMENT_DECISION_ISSUED", officer(cancelled)))
			.expectNoScheduledDeadlines();
	}

	@Test
	void cancellingADecidedHandoverNeedsALegalBasis() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented(), consulted(), decided())
			.when(new WithdrawProposal(PLACEMENT_ID, "The mother came back.", null, officer(HANDED_OVER)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("legalBasis"));
	}

	@Test
	void endsARunningPlacementOnAnArticle69GroundAndSendsTheChildBackToWait() {
		Instant ended = at(2027, 8, 30, 15, 0);
		this.fixture.givenCurrentTime(DECIDED)
			.andGiven(proposed(TEN_YEARS_OLD), consented(), consulted(), decided())
			.andGivenCommands(new CompleteHandover(PLACEMENT_ID, day(HANDED_OVER), null, officer(HANDED_OVER)))
			.when(new EndPlacement(PLACEMENT_ID, EndReason.CAREGIVER_REQUEST, "Law on Children 2016 Art. 69",
					"The grandmother is too ill.", day(ended), true, chair(ended)))
			.expectEvents(new PlacementEnded(REF, EndReason.CAREGIVER_REQUEST, "Law on Children 2016 Art. 69",
					"The grandmother is too ill.", day(ended), true, "PLACEMENT_ACTIVE", chair(ended)))
			.expectNoScheduledDeadlines()
			.expectResultMessagePayload(PlacementState.PLACEMENT_ENDED);
	}

	@Test
	void aHandoverThatHappenedCannotBeCancelled() {
		this.fixture.given(active())
			.when(new EndPlacement(PLACEMENT_ID, EndReason.HANDOVER_CANCELLED, LEGAL_BASIS, null, day(HANDED_OVER),
					true, officer(HANDED_OVER)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("handed over on 2026-12-18"));
	}

	@Test
	void beforeTheHandoverAPlacementCannotEndAsReturnedToParents() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented(), consulted(), decided())
			.when(new EndPlacement(PLACEMENT_ID, EndReason.RETURNED_TO_PARENTS, LEGAL_BASIS, null, day(DECIDED), false,
					officer(DECIDED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("HANDOVER_CANCELLED"));
	}

	@Test
	void otherReasonsMustBeStated() {
		this.fixture.given(active())
			.when(new EndPlacement(PLACEMENT_ID, EndReason.OTHER, LEGAL_BASIS, " ", day(HANDED_OVER), false,
					officer(HANDED_OVER)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("note"));
	}

	@Test
	void anEndedPlacementCannotEndAgain() {
		Instant ended = at(2027, 8, 30, 15, 0);
		this.fixture
			.given(concat(active(),
					new PlacementEnded(REF, EndReason.ADOPTED, LEGAL_BASIS, null, day(ended), false, "PLACEMENT_ACTIVE",
							officer(ended))))
			.when(new EndPlacement(PLACEMENT_ID, EndReason.ADOPTED, LEGAL_BASIS, null, day(ended), false,
					officer(ended)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The placement is PLACEMENT_ENDED"));
	}

	// Tenancy

	@Test
	void anotherCommuneOrProvinceCannotActOnThePlacement() {
		this.fixture.given(proposed(TEN_YEARS_OLD))
			.when(new RecordCaregiverConsent(PLACEMENT_ID, day(CONSENTED), null, officerOfAnotherCommune(CONSENTED)))
			.expectException(OutOfTenantScopeException.class);
		placementFixture().given(proposed(TEN_YEARS_OLD))
			.when(new WithdrawProposal(PLACEMENT_ID, "…", null, officerOfAnotherProvince(CONSENTED)))
			.expectException(OutOfTenantScopeException.class);
	}

	// Changes in other services

	@Test
	void aSuspensionDuringTheProposalWithdrawsItWithAReasonTheOfficerSees() {
		Instant suspended = at(2026, 12, 12, 8, 0);
		this.fixture.given(proposed(TEN_YEARS_OLD), consented())
			.when(new RespondToOutsideChange(PLACEMENT_ID, OutsideChange.CAREGIVER_SUSPENDED,
					"family-service suspended the caregiver.", familyService(suspended)))
			.expectEvents(new ProposalClosed(REF, ProposalOutcome.WITHDRAWN, "CAREGIVER_CONFIRMED",
					"family-service suspended the caregiver.", familyService(suspended)));
	}

	@Test
	void aRemovalAfterTheDecisionEndsThePlacementAsCaregiverIneligible() {
		Instant removed = at(2026, 12, 15, 8, 0);
		this.fixture.givenCurrentTime(DECIDED)
			.andGiven(proposed(TEN_YEARS_OLD), consented(), consulted())
			.andGivenCommands(new IssueDecision(PLACEMENT_ID, "125/QĐ-UBND", "…", LEGAL_BASIS, chair(DECIDED)))
			.when(new RespondToOutsideChange(PLACEMENT_ID, OutsideChange.CAREGIVER_REMOVED, "Removed.",
					familyService(removed)))
			.expectEvents(new PlacementEnded(REF, EndReason.CAREGIVER_INELIGIBLE, Placement.CAREGIVER_INELIGIBLE_BASIS,
					"Removed.", day(removed), true, "PLACEMENT_DECISION_ISSUED", familyService(removed)))
			.expectNoScheduledDeadlines();
	}

	@Test
	void aSuspensionOfTheCaregiverOfARunningPlacementRaisesAnAlertOnly() {
		Instant suspended = at(2027, 2, 1, 8, 0);
		this.fixture.given(active())
			.when(new RespondToOutsideChange(PLACEMENT_ID, OutsideChange.CAREGIVER_SUSPENDED, "Suspended.",
					familyService(suspended)))
			.expectEvents(new PlacementAlertRaised(REF, OutsideChange.CAREGIVER_SUSPENDED, "Suspended.",
					familyService(suspended)))
			.expectResultMessagePayload(PlacementState.PLACEMENT_ACTIVE);
	}

	@Test
	void aPlaceRefusedByFamilyServiceEndsTheDecidedPlacementAsCapacityRefused() {
		Instant refused = DECIDED.plus(Duration.ofSeconds(5));
		this.fixture.given(proposed(TEN_YEARS_OLD), consented(), consulted(), decided())
			.when(new RespondToOutsideChange(PLACEMENT_ID, OutsideChange.PLACE_REFUSED, "No free place.",
					familyService(refused)))
			.expectEvents(new PlacementEnded(REF, EndReason.CAPACITY_REFUSED, Placement.CAPACITY_REFUSED_BASIS,
					"No free place.", day(refused), true, "PLACEMENT_DECISION_ISSUED", familyService(refused)));
	}

	@Test
	void aPlaceRefusedBeforeTheDecisionClosesTheProposal() {
		this.fixture.given(proposed(TEN_YEARS_OLD))
			.when(new RespondToOutsideChange(PLACEMENT_ID, OutsideChange.PLACE_REFUSED, "No free place.",
					familyService(CONSENTED)))
			.expectEvents(new ProposalClosed(REF, ProposalOutcome.CAPACITY_REFUSED, "MATCH_PROPOSED", "No free place.",
					familyService(CONSENTED)));
	}

	@Test
	void anEndedNeedCancelsADecidedHandoverWithoutSendingTheChildBackToWait() {
		this.fixture.given(proposed(TEN_YEARS_OLD), consented(), consulted(), decided())
			.when(new RespondToOutsideChange(PLACEMENT_ID, OutsideChange.NEED_ENDED, "Need ended.",
					familyService(HANDED_OVER)))
			.expectEvents(new PlacementEnded(REF, EndReason.HANDOVER_CANCELLED, Placement.NEED_ENDED_BASIS,
					"Need ended.", day(HANDED_OVER), false, "PLACEMENT_DECISION_ISSUED", familyService(HANDED_OVER)));
	}

	@Test
	void aChangeAfterTheEndChangesNothing() {
		this.fixture
			.given(proposed(TEN_YEARS_OLD),
					new ProposalClosed(REF, ProposalOutcome.WITHDRAWN, "MATCH_PROPOSED", "…", officer(CONSENTED)))
			.when(new RespondToOutsideChange(PLACEMENT_ID, OutsideChange.CAREGIVER_REMOVED, "Removed.",
					familyService(CONSENTED)))
			.expectNoEvents()
			.expectResultMessagePayload(PlacementState.PROPOSAL_CLOSED);
	}

	@Test
	void everyEventSaysWhoWhereAndWhen() {
		for (Object event : active()) {
			PlacementEvent placementEvent = (PlacementEvent) event;
			assertThat(placementEvent.placement().provinceCode()).isEqualTo("91");
			assertThat(placementEvent.placement().communeCode()).isEqualTo("30406");
			assertThat(placementEvent.by().userId()).isNotBlank();
			assertThat(placementEvent.by().at()).isNotNull();
		}
		assertThat(((PlacementProposed) active()[0]).basis().shortlistId()).isEqualTo("sl-1");
		assertThat(((CaregiverConsented) active()[1]).consentedOn()).isEqualTo(LocalDate.of(2026, 12, 11));
	}

	private static Object[] concat(Object[] first, Object... more) {
		Object[] all = Arrays.copyOf(first, first.length + more.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
