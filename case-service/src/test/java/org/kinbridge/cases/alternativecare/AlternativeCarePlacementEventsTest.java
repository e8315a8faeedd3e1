package org.kinbridge.cases.alternativecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.AN;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.CASE_ID;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.NEED;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.eligible;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.alternativecare.api.PlacementDecisionRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementEndRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementProposalClosureRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementProposalRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementStartRecorded;
import org.kinbridge.cases.alternativecare.api.TurningSixteenInCareWatchEnded;
import org.kinbridge.cases.alternativecare.api.TurningSixteenInCareWatchStarted;
import org.kinbridge.contracts.CloudEventHeaders;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.Topics;
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
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventHandler;
import org.kinbridge.platform.kafka.KafkaIntegrationEventListener;
import org.kinbridge.platform.kafka.PoisonEventException;
import org.kinbridge.platform.kafka.ProcessedEvents;

/**
 * The case-service consumer of matching-service's placement events, through the
 * platform's listener as Kafka delivers them: the producer's own samples become events in
 * the case's history, a redelivered event takes effect once, and an event that cannot be
 * about a known case of its province is poison.
 */
class AlternativeCarePlacementEventsTest {

	private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

	private final InMemoryCaseFiles cases = new InMemoryCaseFiles();

	private final MongoServer mongoServer = new MongoServer(new MemoryBackend());

	private final MongoClient mongo = MongoClients.create(connectionString(this.mongoServer.bind()));

	private final List<IntegrationEventHandler<?>> handlers = handlers(this.cases.commands());

	private final KafkaIntegrationEventListener listener = new KafkaIntegrationEventListener(this.handlers,
			new ProcessedEvents(this.mongo.getDatabase("processed"), Clock.systemUTC()), JSON);

	private long offset;

	@AfterEach
	void stop() {
		this.cases.close();
		this.mongo.close();
		this.mongoServer.shutdownNow();
	}

	@Test
	void everyPlacementEventBecomesAnEventInTheCasesOwnHistory() throws IOException {
		this.cases.given(CASE_ID, eligible());

		deliver(PlacementProposedV1.TYPE, "evt-proposed", "91", sample(PlacementProposedV1.TYPE));
		deliver(PlacementProposalClosedV1.TYPE, "evt-closed", "91", sample(PlacementProposalClosedV1.TYPE));
		deliver(PlacementDecidedV1.TYPE, "evt-decided", "91", sample(PlacementDecidedV1.TYPE));
		deliver(PlacementStartedV1.TYPE, "evt-started", "91", sample(PlacementStartedV1.TYPE));
		deliver(PlacementEndedV1.TYPE, "evt-ended", "91", sample(PlacementEndedV1.TYPE));

		List<Object> recorded = placementSteps();
		assertThat(recorded).extracting(Object::getClass)
			.containsExactly(PlacementProposalRecorded.class, PlacementProposalClosureRecorded.class,
					PlacementDecisionRecorded.class, PlacementStartRecorded.class,
					TurningSixteenInCareWatchStarted.class, PlacementEndRecorded.class,
					TurningSixteenInCareWatchEnded.class);
		PlacementDecisionRecorded decided = (PlacementDecisionRecorded) recorded.get(2);
		assertThat(decided.inputEventId()).isEqualTo("evt-decided");
		assertThat(decided.decisionNumber()).isEqualTo("125/QĐ-UBND");
		assertThat(decided.by().userId()).isEqualTo("chair.phutan");
		assertThat(decided.by().role()).isEqualTo("COMMUNE_CHAIR");
		assertThat(decided.placement().caregiverId()).isEqualTo("cg-7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
		assertThat(((PlacementProposalRecorded) recorded.get(0)).explanation()).hasSize(4);
		assertThat(((PlacementEndRecorded) recorded.get(5)).reason()).isEqualTo("RETURNED_TO_PARENTS");
	}

	@Test
	void stepsOfAPlacementThatTheCaseDoesNotFollowAreTakenQuietly() throws IOException {
		this.cases.given(CASE_ID, eligible());

		for (String type : List.of(CaregiverConsentRecordedV1.TYPE, ChildOpinionRecordedV1.TYPE,
				MonitoringReportRecordedV1.TYPE, HandoverOverdueV1.TYPE, MonitoringReportOverdueV1.TYPE)) {
			deliver(type, "evt-" + type, "91", sample(type));
		}

		assertThat(placementSteps()).isEmpty();
	}

	@Test
	void aRedeliveredEventIsRecordedOnce() throws IOException {
		this.cases.given(CASE_ID, eligible());
		ObjectNode proposed = sample(PlacementProposedV1.TYPE);

		deliver(PlacementProposedV1.TYPE, "evt-1", "91", proposed);
		deliver(PlacementProposedV1.TYPE, "evt-1", "91", proposed);
		// A crash between handling and remembering the id hands the event over again.
		handler(PlacementProposedV1.TYPE).handle(JSON.treeToValue(proposed, PlacementProposedV1.class),
				envelope("evt-1", PlacementProposedV1.TYPE));

		assertThat(placementSteps()).hasSize(1);
	}

	@Test
	void anEventAboutAnUnknownCaseIsPoison() throws IOException {
		this.cases.given(CASE_ID, eligible());
		ObjectNode unknown = sample(PlacementStartedV1.TYPE).put("caseId", "case-404");

		assertThatThrownBy(() -> deliver(PlacementStartedV1.TYPE, "evt-2", "91", unknown))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("case-404");
		assertThat(placementSteps()).isEmpty();
	}

	@Test
	void anEventWhoseEnvelopeAndDataDisagreeOnTheProvinceIsPoison() throws IOException {
		this.cases.given(CASE_ID, eligible());

		assertThatThrownBy(() -> deliver(PlacementDecidedV1.TYPE, "evt-3", "79", sample(PlacementDecidedV1.TYPE)))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("province 79");
		assertThat(placementSteps()).isEmpty();
	}

	@Test
	void anEventThatPutsTheNeedInAnotherProvinceIsPoison() throws IOException {
		this.cases.given(CASE_ID, eligible());
		ObjectNode elsewhere = sample(PlacementDecidedV1.TYPE).put("provinceCode", "79").put("communeCode", "26740");

		assertThatThrownBy(() -> deliver(PlacementDecidedV1.TYPE, "evt-4", "79", elsewhere))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("of province 91");
		assertThat(placementSteps()).isEmpty();
	}

	@Test
	void anEventForANeedTheCaseDoesNotHaveOrACareTypeOutsideTheContractIsPoison() throws IOException {
		this.cases.given(CASE_ID, eligible());

		assertThatThrownBy(() -> deliver(PlacementProposedV1.TYPE, "evt-5", "91",
				sample(PlacementProposedV1.TYPE).put("needId", "need-of-another-case")))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("need-of-another-case");
		assertThatThrownBy(() -> deliver(PlacementStartedV1.TYPE, "evt-6", "91",
				sample(PlacementStartedV1.TYPE).put("careType", "ORPHANAGE")))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("ORPHANAGE");
		assertThat(placementSteps()).isEmpty();
	}

	/** The producer's sample, about An's need in the case of the scenarios. */
	private static ObjectNode sample(String type) throws IOException {
		try (InputStream in = EventTypes.find(type).orElseThrow().openSample()) {
			return ((ObjectNode) JSON.readTree(in)).put("caseId", CASE_ID).put("needId", NEED).put("childId", AN);
		}
	}

	private void deliver(String type, String eventId, String province, ObjectNode data) {
		String placementId = data.get("placementId").asText();
		ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.MATCHING_EVENTS, 0, this.offset++,
				placementId, data.toString());
		Map.of(CloudEventHeaders.CE_SPECVERSION, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.CE_ID, eventId,
				CloudEventHeaders.CE_TYPE, type, CloudEventHeaders.CE_SOURCE, "/kinbridge/matching-service",
				CloudEventHeaders.CE_SUBJECT, placementId, CloudEventHeaders.CE_TIME, "2026-12-18T09:00:00Z",
				CloudEventHeaders.CE_PROVINCE, province)
			.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		this.listener.onRecord(record);
	}

	private List<Object> placementSteps() {
		return this.cases.history(CASE_ID).stream().skip(eligible().length).toList();
	}

	@SuppressWarnings("unchecked")
	private <T> IntegrationEventHandler<T> handler(String type) {
		return (IntegrationEventHandler<T>) this.handlers.stream()
			.filter(handler -> handler.type().equals(type))
			.findFirst()
			.orElseThrow();
	}

	private static IncomingIntegrationEvent envelope(String eventId, String type) {
		return new IncomingIntegrationEvent(eventId, type, "/kinbridge/matching-service", "placement",
				Instant.parse("2026-12-18T09:00:00Z"), "91", null, null, null);
	}

	private static List<IntegrationEventHandler<?>> handlers(CommandGateway commands) {
		PlacementEventHandlers beans = new PlacementEventHandlers();
		return List.of(beans.placementProposedHandler(commands), beans.placementProposalClosedHandler(commands),
				beans.placementDecidedHandler(commands), beans.placementStartedHandler(commands),
				beans.placementEndedHandler(commands));
	}

	private static String connectionString(InetSocketAddress address) {
		return "mongodb://" + address.getHostString() + ":" + address.getPort();
	}

}
