package org.kinbridge.matching.placement.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.matching.CaregiverConsentRecordedV1;
import org.kinbridge.contracts.matching.ChildOpinionRecordedV1;
import org.kinbridge.contracts.matching.HandoverOverdueV1;
import org.kinbridge.contracts.matching.MonitoringReportOverdueV1;
import org.kinbridge.contracts.matching.MonitoringReportRecordedV1;
import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.contracts.matching.PlacementEndedV1;
import org.kinbridge.contracts.matching.PlacementProposalClosedV1;
import org.kinbridge.contracts.matching.PlacementProposedV1;
import org.kinbridge.contracts.matching.PlacementStartedV1;
import org.kinbridge.matching.placement.api.Acting;
import org.kinbridge.matching.placement.api.CareType;
import org.kinbridge.matching.placement.api.CaregiverConsented;
import org.kinbridge.matching.placement.api.ChildAge;
import org.kinbridge.matching.placement.api.ChildConsulted;
import org.kinbridge.matching.placement.api.EndReason;
import org.kinbridge.matching.placement.api.HandoverCompleted;
import org.kinbridge.matching.placement.api.HandoverOverdue;
import org.kinbridge.matching.placement.api.MonitoringReportOverdue;
import org.kinbridge.matching.placement.api.MonitoringReportRecorded;
import org.kinbridge.matching.placement.api.MonitoringTrigger;
import org.kinbridge.matching.placement.api.OutsideChange;
import org.kinbridge.matching.placement.api.PlaceTaken;
import org.kinbridge.matching.placement.api.PlacementAlertRaised;
import org.kinbridge.matching.placement.api.PlacementDecided;
import org.kinbridge.matching.placement.api.PlacementEnded;
import org.kinbridge.matching.placement.api.PlacementProposed;
import org.kinbridge.matching.placement.api.PlacementRef;
import org.kinbridge.matching.placement.api.ProposalBasis;
import org.kinbridge.matching.placement.api.ProposalClosed;
import org.kinbridge.matching.placement.api.ProposalOutcome;
import org.kinbridge.platform.kafka.IntegrationEvent;

/**
 * The public form of each step of a placement: valid against its contract schema, keyed
 * by the placement in its province, and without what stays inside (what the child said,
 * notes, monitoring summaries).
 */
class PlacementEventTranslatorTest {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.findAndAddModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final PlacementRef REF = new PlacementRef("pl-1", "need-1", "case-1", "child-1", "cg-1", "91",
			"30406", CareType.KINSHIP);

	private static final Instant AT = LocalDateTime.of(2026, 12, 14, 10, 30).atZone(VIETNAM).toInstant();

	private static final Acting OFFICER = new Acting("officer.phutan", "COMMUNE_OFFICER", "91", "30406", AT);

	private static final Acting CHAIR = new Acting("chair.phutan", "COMMUNE_CHAIR", "91", "30406", AT);

	private final PlacementEventTranslator translator = new PlacementEventTranslator();

	@Test
	void aProposalIsPublishedWithItsRankScoreAndExplanation() throws IOException {
		IntegrationEvent event = translate(
				new PlacementProposed(REF, new ChildAge(LocalDate.of(2016, 3, 2), null, null), AT,
						new ProposalBasis("sl-1", 2, 81, List.of("Lives in the child's commune")), "Close to school.",
						OFFICER));

		assertValid(event, PlacementProposedV1.TYPE);
		JsonNode data = MAPPER.valueToTree(event.data());
		assertThat(data.get("rank").asInt()).isEqualTo(2);
		assertThat(data.get("score").asInt()).isEqualTo(81);
		assertThat(data.get("proposedBy").get("role").asText()).isEqualTo("COMMUNE_OFFICER");
		assertThat(data.toString()).doesNotContain("2016-03-02", "Close to school.");
	}

	@Test
	void aProposalMadeByHandIsStillValid() throws IOException {
		assertValid(translate(new PlacementProposed(REF, ChildAge.UNKNOWN, null,
				new ProposalBasis(null, 1, 0, List.of("Proposed by hand, not ranked by matching: the aunt asked.")),
				"the aunt asked.", OFFICER)), PlacementProposedV1.TYPE);
	}

	@Test
	void aClosedProposalCarriesItsOutcome() throws IOException {
		IntegrationEvent event = translate(new ProposalClosed(REF, ProposalOutcome.CAPACITY_REFUSED, "MATCH_PROPOSED",
				"family-service refused the place.", new Acting("chair.phutan", "COMMUNE_CHAIR", "91", null, AT)));

		assertValid(event, PlacementProposalClosedV1.TYPE);
		assertThat(((PlacementProposalClosedV1) event.data()).outcome()).isEqualTo("CAPACITY_REFUSED");
	}

	@Test
	void theDecisionCarriesTheDayTheHandoverIsDue() throws IOException {
		IntegrationEvent event = translate(
				new PlacementDecided(REF, "125/QĐ-UBND", LocalDate.of(2026, 12, 14), "The grandmother is eligible.",
						"Law on Children 2016 Art. 62, 63", true, 15, LocalDate.of(2027, 1, 5), AT, CHAIR));

		assertValid(event, PlacementDecidedV1.TYPE);
		assertThat(((PlacementDecidedV1) event.data()).handoverDueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
	}

	@Test
	void theHandoverIsPublishedAsTheStartOfThePlacement() throws IOException {
		IntegrationEvent event = translate(new HandoverCompleted(REF, LocalDate.of(2026, 12, 18),
				"Handed over at the commune office.", true, LocalDate.of(2027, 6, 18), AT, OFFICER));

		assertValid(event, PlacementStartedV1.TYPE);
		assertThat(MAPPER.valueToTree(event.data()).toString()).doesNotContain("commune office");
	}

	@Test
	void anEndWithoutANoteIsPublishedWithNullNote() throws IOException {
		IntegrationEvent event = translate(
				new PlacementEnded(REF, EndReason.HANDOVER_CANCELLED, "Law on Children 2016 Art. 69", "  ",
						LocalDate.of(2026, 12, 16), true, "PLACEMENT_DECISION_ISSUED", OFFICER));

		assertValid(event, PlacementEndedV1.TYPE);
		assertThat(MAPPER.valueToTree(event.data()).get("note").isNull()).isTrue();
	}

	@Test
	void anEndSaysWhetherTheChildNeedsAnotherFormOfCareSoConsumersCountTheChildAsMatchingDoes() throws IOException {
		IntegrationEvent waitsAgain = translate(new PlacementEnded(REF, EndReason.CAREGIVER_REQUEST,
				"Law on Children 2016 Art. 69", null, LocalDate.of(2027, 8, 30), true, "PLACEMENT_ACTIVE", OFFICER));
		IntegrationEvent settled = translate(new PlacementEnded(REF, EndReason.OTHER, "Law on Children 2016 Art. 69",
				null, LocalDate.of(2027, 8, 30), false, "PLACEMENT_ACTIVE", OFFICER));

		assertValid(waitsAgain, PlacementEndedV1.TYPE);
		assertValid(settled, PlacementEndedV1.TYPE);
		assertThat(((PlacementEndedV1) waitsAgain.data()).anotherFormOfCareNeeded()).isTrue();
		assertThat(MAPPER.valueToTree(settled.data()).get("anotherFormOfCareNeeded").asBoolean(true)).isFalse();
	}

	@Test
	void everyEndReasonIsOneTheContractKnows() throws IOException {
		for (EndReason reason : EndReason.values()) {
			assertValid(translate(new PlacementEnded(REF, reason, "Law on Children 2016 Art. 69", "Why.",
					LocalDate.of(2027, 8, 30), false, "PLACEMENT_ACTIVE", OFFICER)), PlacementEndedV1.TYPE);
		}
		for (ProposalOutcome outcome : ProposalOutcome.values()) {
			assertValid(translate(new ProposalClosed(REF, outcome, "MATCH_PROPOSED", "Why.", OFFICER)),
					PlacementProposalClosedV1.TYPE);
		}
	}

	@Test
	void theCaregiversConsentIsPublishedWithoutItsNote() throws IOException {
		IntegrationEvent event = translate(
				new CaregiverConsented(REF, LocalDate.of(2026, 12, 11), "Signed at the commune office.", OFFICER));

		assertValid(event, CaregiverConsentRecordedV1.TYPE);
		JsonNode data = MAPPER.valueToTree(event.data());
		assertThat(data.get("consentedOn").asText()).isEqualTo("2026-12-11");
		assertThat(data.get("recordedBy").get("userId").asText()).isEqualTo("officer.phutan");
		assertThat(data.toString()).doesNotContain("Signed at the commune office.");
	}

	@Test
	void theChildsOpinionIsPublishedAsAgreementAndAgeButNotInTheChildsWords() throws IOException {
		IntegrationEvent event = translate(
				new ChildConsulted(REF, LocalDate.of(2026, 12, 12), 10, "Em muốn về ở với bà ngoại.", true, OFFICER));

		assertValid(event, ChildOpinionRecordedV1.TYPE);
		ChildOpinionRecordedV1 data = (ChildOpinionRecordedV1) event.data();
		assertThat(data.agrees()).isTrue();
		assertThat(data.ageOnThatDay()).isEqualTo(10);
		assertThat(MAPPER.valueToTree(data).toString()).doesNotContain("bà ngoại");
	}

	@Test
	void aChildOfUnknownAgeIsStillValid() throws IOException {
		assertValid(translate(new ChildConsulted(REF, LocalDate.of(2026, 12, 12), null, "Gật đầu.", false, OFFICER)),
				ChildOpinionRecordedV1.TYPE);
	}

	@Test
	void aMonitoringReportIsPublishedWithItsTriggerAndNextDueDayButNotItsSummary() throws IOException {
		IntegrationEvent event = translate(
				new MonitoringReportRecorded(REF, LocalDate.of(2027, 3, 1), MonitoringTrigger.CHANGE,
						"Bà ngoại ốm; em vẫn đi học đều.", false, LocalDate.of(2027, 9, 1), AT, OFFICER));

		assertValid(event, MonitoringReportRecordedV1.TYPE);
		JsonNode data = MAPPER.valueToTree(event.data());
		assertThat(data.get("trigger").asText()).isEqualTo("CHANGE");
		assertThat(data.get("withinTimeLimit").asBoolean()).isFalse();
		assertThat(data.get("nextDueOn").asText()).isEqualTo("2027-09-01");
		assertThat(data.toString()).doesNotContain("ốm");
	}

	@Test
	void aHandoverTimeLimitThatRanOutIsPublishedWithoutAnActorAtItsEnd() throws IOException {
		Instant dueAt = LocalDateTime.of(2027, 1, 5, 23, 59, 59).atZone(VIETNAM).toInstant();

		IntegrationEvent event = translate(new HandoverOverdue(REF, LocalDate.of(2027, 1, 5), dueAt, null));

		assertValid(event, HandoverOverdueV1.TYPE);
		HandoverOverdueV1 data = (HandoverOverdueV1) event.data();
		assertThat(data.recordedBy()).isNull();
		assertThat(data.raisedAt()).isEqualTo(dueAt);
		assertThat(MAPPER.valueToTree(data).has("recordedBy")).isTrue();
	}

	@Test
	void aLateMonitoringReportIsOverdueByWhoeverRecordedIt() throws IOException {
		IntegrationEvent event = translate(new MonitoringReportOverdue(REF, LocalDate.of(2027, 6, 18),
				LocalDateTime.of(2027, 6, 18, 23, 59, 59).atZone(VIETNAM).toInstant(), OFFICER));

		assertValid(event, MonitoringReportOverdueV1.TYPE);
		MonitoringReportOverdueV1 data = (MonitoringReportOverdueV1) event.data();
		assertThat(data.raisedAt()).isEqualTo(AT);
		assertThat(data.recordedBy().role()).isEqualTo("COMMUNE_OFFICER");
	}

	@Test
	void alertsAndTheBookkeepingOfPlacesStayInside() {
		assertThat(this.translator.translate(GenericEventMessage
			.asEventMessage(new PlacementAlertRaised(REF, OutsideChange.CAREGIVER_SUSPENDED, "Suspended.", OFFICER))))
			.isEmpty();
		assertThat(this.translator
			.translate(GenericEventMessage.asEventMessage(new PlaceTaken("cg-1", "pl-1", true, OFFICER)))).isEmpty();
	}

	private IntegrationEvent translate(Object event) {
		IntegrationEvent published = this.translator.translate(GenericEventMessage.asEventMessage(event)).orElseThrow();
		assertThat(published.subject()).isEqualTo("pl-1");
		assertThat(published.province()).isEqualTo("91");
		return published;
	}

	private static void assertValid(IntegrationEvent event, String type) throws IOException {
		assertThat(event.type()).isEqualTo(type);
		assertThat(EventTypes.forDataClass(event.data().getClass()).orElseThrow().type()).isEqualTo(type);
		assertThat(schemaErrors(type, MAPPER.valueToTree(event.data()))).isEmpty();
	}

	private static Set<ValidationMessage> schemaErrors(String type, JsonNode data) throws IOException {
		try (InputStream schema = EventTypes.find(type).orElseThrow().openSchema()) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build())
				.validate(data);
		}
	}

}
