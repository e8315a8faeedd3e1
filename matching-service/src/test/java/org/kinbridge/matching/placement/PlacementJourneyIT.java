package org.kinbridge.matching.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.Topics;
import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.contracts.family.CaregiverSuspendedV1;
import org.kinbridge.contracts.family.PlacementRefusedV1;
import org.kinbridge.contracts.matching.CaregiverConsentRecordedV1;
import org.kinbridge.contracts.matching.ChildOpinionRecordedV1;
import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.contracts.matching.PlacementEndedV1;
import org.kinbridge.contracts.matching.PlacementProposalClosedV1;
import org.kinbridge.contracts.matching.PlacementProposedV1;
import org.kinbridge.contracts.matching.PlacementStartedV1;
import org.kinbridge.matching.CloudEventsProducer;
import org.kinbridge.testkit.SharedInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The placement process on a real Kafka broker: a need from case-service and an approved
 * caregiver from family-service, both the producers' sample payloads, become a proposal,
 * a decision and a handover that other services read as PlacementDecidedV1 and
 * PlacementStartedV1; and a suspension, a refused place and an ended need published by
 * the other services stop the placements they concern.
 */
class PlacementJourneyIT extends PlacementIntegration {

	private static KafkaConsumer<String, String> published;

	private static final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

	@Autowired
	private ObjectMapper json;

	@BeforeAll
	static void connect() {
		Properties consuming = new Properties();
		consuming.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrap());
		consuming.put(ConsumerConfig.GROUP_ID_CONFIG, "placement-journey-" + UUID.randomUUID());
		consuming.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		published = new KafkaConsumer<>(consuming, new StringDeserializer(), new StringDeserializer());
		published.subscribe(List.of(Topics.MATCHING_EVENTS));
	}

	@AfterAll
	static void disconnect() {
		published.close();
	}

	@Test
	void aNeedAndAnApprovedCaregiverFromKafkaBecomeAStartedPlacementOtherServicesRead() throws Exception {
		String needId = "need-" + UUID.randomUUID();
		String caregiverId = "cg-" + UUID.randomUUID();
		publish(Topics.CASE_EVENTS, AlternativeCareNeededV1.TYPE, needId,
				sample(AlternativeCareNeededV1.TYPE).put("needId", needId).put("caseId", "case-" + needId));
		publish(Topics.FAMILY_EVENTS, CaregiverApprovedV1.TYPE, caregiverId,
				sample(CaregiverApprovedV1.TYPE).put("caregiverId", caregiverId)
					.put("approvedAt", Instant.now().toString()));

		String[] placementId = new String[1];
		await().atMost(Duration.ofSeconds(90)).until(() -> {
			var response = propose(OFFICER, needId, caregiverId);
			placementId[0] = (response.getStatusCode() == HttpStatus.CREATED)
					? (String) response.getBody().get("placementId") : null;
			return placementId[0] != null;
		});
		stepOk(OFFICER, placementId[0], "caregiver-consent", consent());
		stepOk(OFFICER, placementId[0], "child-opinion", opinion(true));
		stepOk(CHAIR, placementId[0], "decision", decision());
		stepOk(OFFICER, placementId[0], "handover", handover());

		ConsumerRecord<String, String> proposed = awaitPublished(placementId[0], PlacementProposedV1.TYPE);
		ConsumerRecord<String, String> decided = awaitPublished(placementId[0], PlacementDecidedV1.TYPE);
		ConsumerRecord<String, String> started = awaitPublished(placementId[0], PlacementStartedV1.TYPE);
		ConsumerRecord<String, String> consented = awaitPublished(placementId[0], CaregiverConsentRecordedV1.TYPE);
		ConsumerRecord<String, String> consulted = awaitPublished(placementId[0], ChildOpinionRecordedV1.TYPE);
		for (ConsumerRecord<String, String> record : List.of(proposed, consented, consulted, decided, started)) {
			assertThat(record.key()).isEqualTo(placementId[0]);
			assertThat(header(record, "ce_province")).isEqualTo("91");
			// The source is the application's name; these tests run under their own name
			// so
			// that their consumers do not share partitions with other test contexts.
			assertThat(header(record, "ce_source")).isEqualTo("/kinbridge/matching-placement-it");
			assertThat(schemaErrors(header(record, "ce_type"), this.json.readTree(record.value()))).isEmpty();
		}
		PlacementDecidedV1 decision = this.json.readValue(decided.value(), PlacementDecidedV1.class);
		assertThat(decision.needId()).isEqualTo(needId);
		assertThat(decision.caregiverId()).isEqualTo(caregiverId);
		assertThat(decision.decidedBy().userId()).isEqualTo("chair.phutan");
		assertThat(decision.handoverDueOn()).isAfter(today().plusDays(14));
		PlacementStartedV1 start = this.json.readValue(started.value(), PlacementStartedV1.class);
		assertThat(start.startedOn()).isEqualTo(today());
		assertThat(start.childId()).isEqualTo(sample(AlternativeCareNeededV1.TYPE).at("/child/childId").asText());
	}

	@Test
	void aSuspensionPublishedByFamilyServiceClosesTheOpenProposalWithAReasonTheOfficerSees() throws Exception {
		String caregiverId = eligibleCaregiver(1);
		String placementId = proposed(waitingChild(LocalDate.now(VIETNAM).minusYears(9)), caregiverId);

		ObjectNode suspension = sample(CaregiverSuspendedV1.TYPE).put("caregiverId", caregiverId)
			.put("suspendedAt", Instant.now().toString());
		publish(Topics.FAMILY_EVENTS, CaregiverSuspendedV1.TYPE, caregiverId, suspension);

		Map<String, Object> closed = awaitPlacement(OFFICER, placementId, inState("PROPOSAL_CLOSED"));
		assertThat(closed).containsEntry("outcome", "WITHDRAWN");
		assertThat(list(closed, "steps").get(1)).containsEntry("userId", suspension.at("/suspendedBy/userId").asText())
			.containsEntry("reason", "family-service suspended the caregiver; a new child cannot be placed with them.");
		PlacementProposalClosedV1 published = this.json.readValue(
				awaitPublished(placementId, PlacementProposalClosedV1.TYPE).value(), PlacementProposalClosedV1.class);
		assertThat(published.outcome()).isEqualTo("WITHDRAWN");
		// The caregiver's view learnt the suspension from the same event.
		await().atMost(Duration.ofSeconds(90))
			.until(() -> get(OFFICER, "/api/matching/caregivers", List.class).getBody()
				.stream()
				.anyMatch(c -> caregiverId.equals(((Map<?, ?>) c).get("caregiverId"))
						&& "SUSPENDED".equals(((Map<?, ?>) c).get("state"))));
	}

	@Test
	void aPlaceRefusedByFamilyServiceEndsTheDecidedPlacementAsCapacityRefused() throws Exception {
		String caregiverId = eligibleCaregiver(1);
		String placementId = decided(waitingChild(LocalDate.now(VIETNAM).minusYears(9)), caregiverId);

		publish(Topics.FAMILY_EVENTS, PlacementRefusedV1.TYPE, caregiverId,
				sample(PlacementRefusedV1.TYPE).put("caregiverId", caregiverId).put("placementId", placementId));

		Map<String, Object> ended = awaitPlacement(OFFICER, placementId, inState("PLACEMENT_ENDED"));
		assertThat(ended).containsEntry("outcome", "CAPACITY_REFUSED");
		PlacementEndedV1 published = this.json.readValue(awaitPublished(placementId, PlacementEndedV1.TYPE).value(),
				PlacementEndedV1.class);
		assertThat(published.reason()).isEqualTo("CAPACITY_REFUSED");
		assertThat(published.note()).contains("NO_FREE_CAPACITY");
		// The saga gave the place back: the caregiver can be proposed again.
		String next = waitingChild(LocalDate.now(VIETNAM).minusYears(9));
		await().atMost(Duration.ofSeconds(90))
			.until(() -> propose(OFFICER, next, caregiverId).getStatusCode() == HttpStatus.CREATED);
	}

	@Test
	void anEndedNeedWithdrawsItsOpenProposal() throws Exception {
		String needId = waitingChild(LocalDate.now(VIETNAM).minusYears(9));
		String placementId = proposed(needId, eligibleCaregiver(1));

		publish(Topics.CASE_EVENTS, AlternativeCareNeedEndedV1.TYPE, needId,
				sample(AlternativeCareNeedEndedV1.TYPE).put("needId", needId).put("caseId", "case-" + needId));

		Map<String, Object> closed = awaitPlacement(OFFICER, placementId, inState("PROPOSAL_CLOSED"));
		assertThat(closed).containsEntry("outcome", "WITHDRAWN");
		assertThat((String) list(closed, "steps").get(1).get("reason")).contains("RETURNED_TO_FAMILY");
	}

	private ObjectNode sample(String type) throws IOException {
		try (InputStream in = EventTypes.find(type).orElseThrow().openSample()) {
			return (ObjectNode) this.json.readTree(in);
		}
	}

	private static void publish(String topic, String type, String subject, ObjectNode data) throws Exception {
		CloudEventsProducer.shared().publish(topic, "evt-" + UUID.randomUUID(), type, "91", subject, data.toString());
	}

	private static ConsumerRecord<String, String> awaitPublished(String placementId, String type) {
		ConsumerRecord<String, String>[] found = new ConsumerRecord[1];
		await().atMost(Duration.ofSeconds(90)).until(() -> {
			published.poll(Duration.ofMillis(200)).forEach(seen::add);
			Optional<ConsumerRecord<String, String>> match = seen.stream()
				.filter(record -> placementId.equals(record.key()) && type.equals(header(record, "ce_type")))
				.findFirst();
			found[0] = match.orElse(null);
			return found[0] != null;
		});
		return found[0];
	}

	private static Set<ValidationMessage> schemaErrors(String type, JsonNode data) throws IOException {
		try (InputStream schema = EventTypes.find(type).orElseThrow().openSchema()) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build())
				.validate(data);
		}
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		var header = record.headers().lastHeader(name);
		return (header == null) ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
