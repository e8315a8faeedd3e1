package org.kinbridge.matching.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinbridge.matching.candidates.CandidateState;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.testkit.TestTokens;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The placement API through HTTP against the real event store: every step by the roles
 * that may take it, every endpoint refused to the roles that may not, another province or
 * commune answered as not found, bad input field by field, illegal steps as conflicts
 * naming the state, and the rules of the process as 422.
 */
@SuppressWarnings("unchecked")
class PlacementApiIT extends PlacementIntegration {

	private static final String TEN_YEARS_AGO = LocalDate.now(VIETNAM).minusYears(10).toString();

	// Every step by the roles that may take it

	@Test
	void anOfficerAndTheChairTakeAPlacementFromProposalThroughMonitoringToItsEnd() {
		String needId = waitingChild(LocalDate.parse(TEN_YEARS_AGO));
		String caregiverId = eligibleCaregiver(2);

		ResponseEntity<Map> created = propose(OFFICER, needId, caregiverId);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String placementId = (String) created.getBody().get("placementId");
		assertThat(created.getHeaders().getLocation()).hasToString("/api/matching/placements/" + placementId);

		assertThat(stepOk(OFFICER, placementId, "caregiver-consent", consent())).isEqualTo("CAREGIVER_CONFIRMED");
		assertThat(stepOk(OFFICER, placementId, "child-opinion", opinion(true))).isEqualTo("CHILD_CONSULTED");
		assertThat(stepOk(CHAIR, placementId, "decision", decision())).isEqualTo("PLACEMENT_DECISION_ISSUED");
		Map<String, Object> decided = awaitPlacement(OFFICER, placementId, inState("PLACEMENT_DECISION_ISSUED"));
		Map<String, Object> handoverLimit = list(decided, "deadlines").get(0);
		assertThat(handoverLimit).containsEntry("kind", "HANDOVER").containsEntry("metOn", null);
		assertThat(LocalDate.parse((String) handoverLimit.get("dueOn"))).isAfter(today().plusDays(14))
			.isBefore(today().plusDays(40));

		assertThat(stepOk(OFFICER, placementId, "handover", handover())).isEqualTo("PLACEMENT_ACTIVE");
		assertThat(stepOk(OFFICER, placementId, "monitoring-reports",
				Map.of("reportedOn", today().toString(), "trigger", "CHANGE", "summary", "The boy changed school.")))
			.isEqualTo("PLACEMENT_ACTIVE");
		assertThat(stepOk(CHAIR, placementId, "end",
				Map.of("reason", "RETURNED_TO_PARENTS", "legalBasis", "Law on Children 2016 Art. 69", "endedOn",
						today().toString(), "note", "The mother came back.", "anotherFormOfCareNeeded", false)))
			.isEqualTo("PLACEMENT_ENDED");

		Map<String, Object> ended = awaitPlacement(AUDITOR, placementId, inState("PLACEMENT_ENDED"));
		assertThat(list(ended, "steps")).extracting(step -> step.get("kind"))
			.containsExactly("MATCH_PROPOSED", "CAREGIVER_CONFIRMED", "CHILD_CONSULTED", "PLACEMENT_DECISION_ISSUED",
					"HANDOVER_COMPLETED", "MONITORING_REPORT", "PLACEMENT_ENDED");
		assertThat(list(ended, "steps")).allSatisfy(step -> assertThat(step.get("userId")).isNotNull())
			.allSatisfy(step -> assertThat(step.get("role")).isNotNull())
			.allSatisfy(step -> assertThat(step.get("at")).isNotNull());
		assertThat(list(ended, "steps").get(3)).containsEntry("userId", "chair.phutan")
			.containsEntry("role", "COMMUNE_CHAIR")
			.containsEntry("legalBasis", LEGAL_BASIS)
			.containsEntry("detail", "decision 125/QĐ-UBND");
		assertThat(list(ended, "steps").get(6)).containsEntry("reason", "The mother came back.");
		// Both limits met; the next report's, still open, went with the end.
		assertThat(list(ended, "deadlines")).extracting(limit -> limit.get("kind"), limit -> limit.get("metOn"))
			.containsExactly(tuple("HANDOVER", today().toString()), tuple("MONITORING_REPORT", today().toString()));
		assertThat(ended).containsEntry("outcome", "RETURNED_TO_PARENTS")
			.containsEntry("decisionNumber", "125/QĐ-UBND");

		List<Map> byNeed = get(OFFICER, "/api/matching/placements?needId=" + needId, List.class).getBody();
		assertThat(byNeed).singleElement()
			.satisfies(view -> assertThat((Map<String, Object>) view).containsEntry("placementId", placementId));
		assertThat(get(PROVINCE_OFFICER, "/api/matching/placements?state=PLACEMENT_ENDED", List.class).getBody())
			.anySatisfy(view -> assertThat((Map<String, Object>) view).containsEntry("placementId", placementId));

		List<Map> reads = get(AUDITOR, "/api/matching/access-records?subjectType=placement&subjectId=" + placementId,
				List.class)
			.getBody();
		assertThat(reads).as("every placement shown is recorded, with the child's need")
			.allSatisfy(read -> assertThat((Map<String, Object>) read).containsEntry("subjectLabel", needId)
				.containsEntry("provinceCode", "91")
				.containsEntry("communeCode", "30406"))
			.anySatisfy(read -> assertThat((Map<String, Object>) read).containsEntry("userId", "auditor.angiang")
				.containsEntry("role", "AUDITOR")
				.containsEntry("purpose", "PLACEMENT_VIEW")
				.containsEntry("endpoint", "GET /api/matching/placements/{placementId}"))
			.anySatisfy(read -> assertThat((Map<String, Object>) read).containsEntry("userId", "province.angiang")
				.containsEntry("purpose", "LIST"));
	}

	@Test
	void aProvinceOfficerActsAsAnOfficerAnywhereInTheProvince() {
		String needId = waitingChild(LocalDate.parse(TEN_YEARS_AGO));
		ResponseEntity<Map> created = propose(PROVINCE_OFFICER, needId, eligibleCaregiver(1));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String placementId = (String) created.getBody().get("placementId");

		assertThat(stepOk(PROVINCE_OFFICER, placementId, "caregiver-consent", consent()))
			.isEqualTo("CAREGIVER_CONFIRMED");
		assertThat(stepOk(PROVINCE_OFFICER, placementId, "withdraw", Map.of("reason", "Proposed the wrong caregiver.")))
			.isEqualTo("PROPOSAL_CLOSED");
		Map<String, Object> closed = awaitPlacement(OFFICER, placementId, inState("PROPOSAL_CLOSED"));
		assertThat(closed).containsEntry("outcome", "WITHDRAWN");
		assertThat(list(closed, "steps").get(2)).containsEntry("role", "PROVINCE_OFFICER");
	}

	@Test
	void theChairRejectsAndTheOfficerRecordsWhoDeclined() {
		String rejected = proposed(waitingChild(LocalDate.parse(TEN_YEARS_AGO)), eligibleCaregiver(1));
		assertThat(stepOk(CHAIR, rejected, "reject", Map.of("reason", "Too far from the child's school.")))
			.isEqualTo("PROPOSAL_CLOSED");
		String declined = proposed(waitingChild(LocalDate.parse(TEN_YEARS_AGO)), eligibleCaregiver(1));
		assertThat(stepOk(OFFICER, declined, "decline", Map.of("party", "CAREGIVER", "reason", "In hospital.")))
			.isEqualTo("PROPOSAL_CLOSED");
		assertThat(awaitPlacement(OFFICER, declined, inState("PROPOSAL_CLOSED"))).containsEntry("outcome",
				"CAREGIVER_DECLINED");
		assertThat(awaitPlacement(CHAIR, rejected, inState("PROPOSAL_CLOSED"))).containsEntry("outcome", "REJECTED");
	}

	@Test
	void aChildWhoDoesNotAgreeClosesTheProposal() {
		String placementId = proposed(waitingChild(LocalDate.parse(TEN_YEARS_AGO)), eligibleCaregiver(1));
		stepOk(OFFICER, placementId, "caregiver-consent", consent());

		assertThat(stepOk(OFFICER, placementId, "child-opinion", opinion(false))).isEqualTo("PROPOSAL_CLOSED");
		assertThat(awaitPlacement(OFFICER, placementId, inState("PROPOSAL_CLOSED"))).containsEntry("outcome",
				"CHILD_DECLINED");
	}

	@Test
	void aDecidedPlacementIsWithdrawnBeforeTheHandoverAsHandoverCancelled() {
		String placementId = decided(waitingChild(LocalDate.parse(TEN_YEARS_AGO)), eligibleCaregiver(1));

		ResponseEntity<Map> withoutBasis = step(OFFICER, placementId, "withdraw", Map.of("reason", "Mother is back."));
		assertThat(withoutBasis.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(withoutBasis.getBody()).containsEntry("code", "placement.cancellation-basis");
		assertThat(stepOk(OFFICER, placementId, "withdraw",
				Map.of("reason", "Mother is back.", "legalBasis", "Law on Children 2016 Art. 69")))
			.isEqualTo("PLACEMENT_ENDED");
		assertThat(awaitPlacement(OFFICER, placementId, inState("PLACEMENT_ENDED"))).containsEntry("outcome",
				"HANDOVER_CANCELLED");
	}

	// The chair's decision

	@Test
	void theProposerCannotDecideEvenHoldingTheChairsRole() {
		String needId = waitingChild(LocalDate.parse(TEN_YEARS_AGO));
		ResponseEntity<Map> created = propose(OFFICER_AND_CHAIR, needId, eligibleCaregiver(1));
		String placementId = (String) created.getBody().get("placementId");
		stepOk(OFFICER, placementId, "caregiver-consent", consent());
		stepOk(OFFICER, placementId, "child-opinion", opinion(true));

		ResponseEntity<Map> own = step(OFFICER_AND_CHAIR, placementId, "decision", decision());
		assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(own.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat((String) own.getBody().get("detail")).contains("You proposed this placement");
		assertThat(step(OFFICER_AND_CHAIR, placementId, "reject", Map.of("reason", "Mine.")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(stepOk(CHAIR, placementId, "decision", decision())).isEqualTo("PLACEMENT_DECISION_ISSUED");
	}

	@Test
	void aChildOfTenMustBeConsultedBeforeTheDecisionButAChildOfFiveNeedNot() {
		String older = proposed(waitingChild(LocalDate.parse(TEN_YEARS_AGO)), eligibleCaregiver(1));
		stepOk(OFFICER, older, "caregiver-consent", consent());
		ResponseEntity<Map> refused = step(CHAIR, older, "decision", decision());
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(refused.getBody()).containsEntry("code", "placement.child-opinion-required");
		assertThat((String) refused.getBody().get("detail")).contains("The child is 10");

		String unknownAge = proposed(waitingChild(null), eligibleCaregiver(1));
		stepOk(OFFICER, unknownAge, "caregiver-consent", consent());
		assertThat(step(CHAIR, unknownAge, "decision", decision()).getStatusCode())
			.isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

		String younger = proposed(waitingChild(today().minusYears(5)), eligibleCaregiver(1));
		stepOk(OFFICER, younger, "caregiver-consent", consent());
		assertThat(stepOk(CHAIR, younger, "decision", decision())).isEqualTo("PLACEMENT_DECISION_ISSUED");
	}

	// Places and proposals

	@Test
	void aDeclinedProposalGivesTheCaregiversLastPlaceToTheNextChild() {
		String caregiverId = eligibleCaregiver(1);
		String first = proposed(waitingChild(LocalDate.parse(TEN_YEARS_AGO)), caregiverId);
		String secondNeed = waitingChild(LocalDate.parse(TEN_YEARS_AGO));

		ResponseEntity<Map> full = propose(OFFICER, secondNeed, caregiverId);
		assertThat(full.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) full.getBody().get("detail")).contains("has no free place", first);

		stepOk(OFFICER, first, "decline", Map.of("party", "CAREGIVER", "reason", "In hospital until February."));
		await().atMost(Duration.ofSeconds(90))
			.until(() -> propose(OFFICER, secondNeed, caregiverId).getStatusCode() == HttpStatus.CREATED);
	}

	@Test
	void aCaregiverPickedFromAShortlistBringsItsRankScoreAndExplanation() {
		String needId = waitingChild(LocalDate.parse(TEN_YEARS_AGO));
		String caregiverId = kinCaregiver(needId);
		ResponseEntity<Map> made = post(OFFICER, "/api/matching/children/" + needId + "/shortlists", Map.of());
		assertThat(made.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String shortlistId = (String) made.getBody().get("id");
		Map<String, Object> shortlist = made.getBody();
		Map<String, Object> entry = list(shortlist, "candidates").stream()
			.filter(candidate -> caregiverId.equals(candidate.get("caregiverId")))
			.findFirst()
			.orElseThrow();
		int rank = (Integer) entry.get("rank");

		assertRule(proposeFromShortlist(needId, caregiverId, shortlistId, rank + 1), "placement.rank-mismatch");
		assertRule(proposeFromShortlist(needId, caregiverId, "sl-unknown", rank), "placement.unknown-shortlist");
		assertRule(post(OFFICER, "/api/matching/placements",
				Map.of("needId", needId, "caregiverId", caregiverId, "careType", "KINSHIP", "reason", "r", "rank", 1)),
				"placement.rank-without-shortlist");
		ResponseEntity<Map> created = proposeFromShortlist(needId, caregiverId, shortlistId, rank);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		Map<String, Object> view = awaitPlacement(OFFICER, (String) created.getBody().get("placementId"),
				inState("MATCH_PROPOSED"));
		Map<String, Object> basis = (Map<String, Object>) view.get("basis");
		assertThat(basis).containsEntry("shortlistId", shortlistId)
			.containsEntry("rank", rank)
			.containsEntry("score", entry.get("score"));
		assertThat((List<String>) basis.get("explanation")).isEqualTo(entry.get("explanation"));
		assertThat(list(view, "steps").get(0).get("detail"))
			.isEqualTo("shortlist " + shortlistId + ", rank " + rank + ", score " + entry.get("score"));
	}

	private ResponseEntity<Map> proposeFromShortlist(String needId, String caregiverId, String shortlistId, int rank) {
		return post(OFFICER, "/api/matching/placements",
				Map.of("needId", needId, "caregiverId", caregiverId, "careType", "KINSHIP", "reason",
						"Ranked first, the grandmother.", "shortlistId", shortlistId, "rank", rank));
	}

	@Test
	void aNeedHasOneOpenPlacementAtATime() {
		String needId = waitingChild(LocalDate.parse(TEN_YEARS_AGO));
		String placementId = proposed(needId, eligibleCaregiver(1));
		awaitPlacement(OFFICER, placementId, inState("MATCH_PROPOSED"));

		ResponseEntity<Map> second = propose(OFFICER, needId, eligibleCaregiver(1));
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) second.getBody().get("detail")).contains(placementId, "MATCH_PROPOSED");
	}

	@Test
	void onlyAWaitingChildAndAnEligibleCaregiverOfferingTheCareCanBeProposed() {
		String needId = waitingChild(LocalDate.parse(TEN_YEARS_AGO));
		assertThat(propose(OFFICER, "need-unknown", eligibleCaregiver(1)).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(propose(OFFICER, needId, "cg-unknown").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertRule(propose(OFFICER, needId, caregiver(1, CandidateState.SUSPENDED)),
				"placement.caregiver-not-eligible");
		assertRule(post(OFFICER, "/api/matching/placements", Map.of("needId", needId, "caregiverId",
				eligibleCaregiver(1), "careType", "RESPITE", "reason", "Short stay.")),
				"placement.care-type-not-offered");
		// Another commune's child is answered exactly like an unknown need.
		assertThat(propose(OTHER_COMMUNE, needId, eligibleCaregiver(1)).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(propose(OTHER_PROVINCE, needId, eligibleCaregiver(1)).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	// Illegal steps

	@Test
	void aStepOutOfOrderIsAConflictThatNamesTheState() {
		String placementId = proposed(waitingChild(LocalDate.parse(TEN_YEARS_AGO)), eligibleCaregiver(1));

		ResponseEntity<Map> early = step(OFFICER, placementId, "handover", handover());
		assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(early.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat((String) early.getBody().get("detail")).contains("The placement is MATCH_PROPOSED",
				"PLACEMENT_DECISION_ISSUED");
		stepOk(OFFICER, placementId, "withdraw", Map.of("reason", "Wrong child."));
		ResponseEntity<Map> late = step(OFFICER, placementId, "caregiver-consent", consent());
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) late.getBody().get("detail")).contains("PROPOSAL_CLOSED");
		assertThat(step(OFFICER, placementId, "end", end()).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void anUnknownPlacementIsNotFound() {
		assertThat(step(OFFICER, "pl-unknown", "caregiver-consent", consent()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(OFFICER, "/api/matching/placements/pl-unknown", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	// Bad input

	@Test
	void badInputIsRefusedFieldByField() {
		ResponseEntity<Map> empty = post(OFFICER, "/api/matching/placements", Map.of());
		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(empty.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(fields(empty)).containsExactlyInAnyOrder("needId", "caregiverId", "careType", "reason");

		ResponseEntity<Map> badType = post(OFFICER, "/api/matching/placements",
				Map.of("needId", "n", "caregiverId", "c", "careType", "FOSTER", "reason", "r"));
		assertThat(fields(badType)).containsExactly("careType");
		assertThat(badType.getBody().toString()).contains("KINSHIP, NON_RELATIVE, EMERGENCY, RESPITE");

		ResponseEntity<Map> badRank = post(OFFICER, "/api/matching/placements",
				Map.of("needId", "n", "caregiverId", "c", "careType", "KINSHIP", "reason", "r", "rank", 0));
		assertThat(fields(badRank)).containsExactly("rank");

		assertThat(fields(step(OFFICER, "pl-1", "caregiver-consent", Map.of("consentedOn", "11/12/2026"))))
			.containsExactly("consentedOn");
		assertThat(fields(step(OFFICER, "pl-1", "child-opinion", Map.of("consultedOn", today().toString()))))
			.containsExactlyInAnyOrder("opinion", "agrees");
		assertThat(fields(step(CHAIR, "pl-1", "decision", Map.of("reason", " "))))
			.containsExactlyInAnyOrder("decisionNumber", "reason", "legalBasis");
		assertThat(fields(step(CHAIR, "pl-1", "reject", Map.of()))).containsExactly("reason");
		assertThat(fields(step(OFFICER, "pl-1", "handover", Map.of()))).containsExactly("handedOverOn");
		assertThat(fields(step(OFFICER, "pl-1", "monitoring-reports", Map.of("reportedOn", today().toString()))))
			.containsExactlyInAnyOrder("trigger", "summary");
		assertThat(fields(step(OFFICER, "pl-1", "decline", Map.of("party", "NEIGHBOUR", "reason", "r"))))
			.containsExactly("party");
		assertThat(fields(step(OFFICER, "pl-1", "withdraw", Map.of()))).containsExactly("reason");
		assertThat(fields(step(OFFICER, "pl-1", "end",
				Map.of("reason", "MOVED_AWAY", "legalBasis", "x", "endedOn", today().toString()))))
			.containsExactly("reason");
		assertThat(fields(step(OFFICER, "pl-1", "end", Map.of()))).containsExactlyInAnyOrder("reason", "legalBasis",
				"endedOn");
	}

	@Test
	void aDayInTheFutureIsADomainRule() {
		String placementId = proposed(waitingChild(LocalDate.parse(TEN_YEARS_AGO)), eligibleCaregiver(1));

		ResponseEntity<Map> future = step(OFFICER, placementId, "caregiver-consent",
				Map.of("consentedOn", today().plusDays(3).toString()));
		assertRule(future, "placement.day-in-future");
		assertThat((String) future.getBody().get("detail")).startsWith("consentedOn");
	}

	// Roles and tenancy

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void everyRoleThatMayNotTakeTheStepIsForbidden(String endpoint, Set<Role> allowed, Map<String, Object> body) {
		for (Role role : EnumSet.complementOf(EnumSet.copyOf(allowed))) {
			String token = TestTokens.token("user." + role.name().toLowerCase(), "91",
					role.isCommuneBound() ? "30406" : null, role.name());
			ResponseEntity<Map> response = endpoint.startsWith("GET ") ? get(token, endpoint.substring(4), Map.class)
					: post(token, endpoint.substring(5), body);
			assertThat(response.getStatusCode()).as("%s by %s", endpoint, role).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	static Stream<Arguments> endpoints() {
		String placement = "/api/matching/placements/pl-any";
		Set<Role> officers = EnumSet.of(Role.COMMUNE_OFFICER, Role.PROVINCE_OFFICER);
		Set<Role> chair = EnumSet.of(Role.COMMUNE_CHAIR);
		Set<Role> readers = EnumSet.of(Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER, Role.AUDITOR);
		return Stream.of(
				Arguments.of("POST /api/matching/placements", officers,
						Map.of("needId", "n", "caregiverId", "c", "careType", "KINSHIP", "reason", "r")),
				Arguments.of("POST " + placement + "/caregiver-consent", officers, consent()),
				Arguments.of("POST " + placement + "/child-opinion", officers, opinion(true)),
				Arguments.of("POST " + placement + "/decision", chair, decision()),
				Arguments.of("POST " + placement + "/reject", chair, Map.of("reason", "r")),
				Arguments.of("POST " + placement + "/handover", officers, handover()),
				Arguments.of("POST " + placement + "/monitoring-reports", officers,
						Map.of("reportedOn", today().toString(), "trigger", "SCHEDULED", "summary", "s")),
				Arguments.of("POST " + placement + "/decline", officers, Map.of("party", "CHILD", "reason", "r")),
				Arguments.of("POST " + placement + "/withdraw", officers, Map.of("reason", "r")),
				Arguments.of("POST " + placement + "/end",
						EnumSet.of(Role.COMMUNE_OFFICER, Role.PROVINCE_OFFICER, Role.COMMUNE_CHAIR), end()),
				Arguments.of("GET " + placement, readers, Map.of()),
				Arguments.of("GET /api/matching/placements", readers, Map.of()),
				Arguments.of("GET /api/matching/reports", EnumSet.of(Role.ANALYST, Role.PROVINCE_OFFICER), Map.of()));
	}

	@Test
	void withoutATokenNothingIsAnswered() {
		assertThat(post(null, "/api/matching/placements", Map.of()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void anotherProvinceOrCommuneFindsNoPlacementAtAnyEndpoint() {
		String placementId = decided(waitingChild(LocalDate.parse(TEN_YEARS_AGO)), eligibleCaregiver(1));
		awaitPlacement(OFFICER, placementId, inState("PLACEMENT_DECISION_ISSUED"));

		for (String outsider : List.of(OTHER_PROVINCE, OTHER_COMMUNE)) {
			for (Map.Entry<String, Map<String, Object>> step : officerSteps().entrySet()) {
				assertThat(step(outsider, placementId, step.getKey(), step.getValue()).getStatusCode())
					.as(step.getKey())
					.isEqualTo(HttpStatus.NOT_FOUND);
			}
			assertThat(get(outsider, "/api/matching/placements/" + placementId, Map.class).getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(get(outsider, "/api/matching/placements", List.class).getBody())
				.noneMatch(view -> placementId.equals(((Map<?, ?>) view).get("placementId")));
		}
		for (String step : List.of("decision", "reject")) {
			assertThat(step(CHAIR_OF_OTHER_PROVINCE, placementId, step, decision()).getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(get(PROVINCE_OFFICER, "/api/matching/placements/" + placementId, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	// Reports

	@Test
	void analystsAndProvinceOfficersReadTheFiguresOfTheirProvinceOnly() {
		String placementId = decided(waitingChild(today().minusYears(5)), eligibleCaregiver(1));
		stepOk(OFFICER, placementId, "handover", handover());
		awaitPlacement(OFFICER, placementId, inState("PLACEMENT_ACTIVE"));

		ResponseEntity<Map> response = get(ANALYST, "/api/matching/reports", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> report = response.getBody();
		Map<String, Object> province = (Map<String, Object>) report.get("province");
		assertThat((Integer) province.get("placed")).isPositive();
		assertThat(list(report, "targets")).extracting(target -> target.get("year")).containsExactly(2025, 2030);
		assertThat(list(report, "communes")).extracting(commune -> commune.get("communeCode")).contains("30406");
		assertThat(report.toString()).doesNotContain(placementId, "officer.phutan");

		assertThat(get(PROVINCE_OFFICER, "/api/matching/reports?province=91&commune=30406", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(get(ANALYST, "/api/matching/reports?province=79", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<Map> badCommune = get(ANALYST, "/api/matching/reports?commune=Phu-Tan", Map.class);
		assertThat(badCommune.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(badCommune)).containsExactly("commune");
	}

	private static Map<String, Map<String, Object>> officerSteps() {
		return Map.of("caregiver-consent", consent(), "child-opinion", opinion(true), "handover", handover(),
				"monitoring-reports",
				Map.of("reportedOn", today().toString(), "trigger", "SCHEDULED", "summary", "Fine."), "decline",
				Map.of("party", "CAREGIVER", "reason", "r"), "withdraw", Map.of("reason", "r"), "end", end());
	}

	private static Map<String, Object> end() {
		return Map.of("reason", "CAREGIVER_REQUEST", "legalBasis", "Law on Children 2016 Art. 69", "endedOn",
				today().toString());
	}

	private static void assertRule(ResponseEntity<Map> response, String code) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(response.getBody()).containsEntry("code", code);
		assertThat(Arrays.asList(MediaType.APPLICATION_PROBLEM_JSON)).contains(response.getHeaders().getContentType());
	}

}
