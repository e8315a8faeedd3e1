package org.kinbridge.audit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.kinbridge.audit.checkpoint.Checkpoints;
import org.kinbridge.audit.checkpoint.SigningKey;
import org.kinbridge.audit.events.EventIngestion;
import org.kinbridge.audit.events.PublishedEvents;
import org.kinbridge.audit.ledger.ProvinceLogs;
import org.kinbridge.audit.verification.DecisionVerifier;
import org.kinbridge.audit.verification.LogExports;
import org.kinbridge.auditlog.checkpoint.Ed25519Keys;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * The audit component's parts over a MongoDB wire server in memory, without Spring or
 * Kafka: records are handed to the listener method as the container would.
 */
public final class AuditTestbed implements AutoCloseable {

	public static final String CASE_TOPIC = "kinbridge.case.events.v1";

	public static final String FAMILY_TOPIC = "kinbridge.family.events.v1";

	public static final String MATCHING_TOPIC = "kinbridge.matching.events.v1";

	public static final Set<String> DECISIONS = Set.of("org.kinbridge.matching.placement-decided.v1",
			"org.kinbridge.case.alternative-care-needed.v1", "org.kinbridge.family.caregiver-approved.v1");

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoClient client;

	public final MongoDatabase database;

	public final PublishedEvents events;

	public final ProvinceLogs logs;

	public final Checkpoints checkpoints;

	public final EventIngestion ingestion;

	public final DecisionVerifier verifier;

	public final LogExports exports;

	public final SigningKey key = SigningKey.of(Ed25519Keys.generate());

	private long offset;

	@SuppressWarnings("unchecked")
	public AuditTestbed(int checkpointEveryAppends) {
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		this.database = this.client.getDatabase("audit_testbed");
		AuditProperties properties = new AuditProperties(List.of(CASE_TOPIC, FAMILY_TOPIC, MATCHING_TOPIC),
				"kinbridge.audit.checkpoints.v1", "test.1", DECISIONS, null, false, checkpointEveryAppends,
				Duration.ofHours(1));
		KafkaTemplate<String, String> kafka = mock(KafkaTemplate.class);
		when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(null));
		Clock clock = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
		this.events = new PublishedEvents(this.database);
		this.events.createIndexes();
		this.logs = new ProvinceLogs(this.database);
		this.logs.createIndexes();
		this.checkpoints = new Checkpoints(this.database, this.logs, this.key, kafka, properties, clock);
		this.ingestion = new EventIngestion(this.events, this.logs, this.checkpoints, properties, new ObjectMapper(),
				clock);
		this.verifier = new DecisionVerifier(this.logs, this.checkpoints, this.key.publicKey());
		this.exports = new LogExports(this.events, this.logs);
	}

	/**
	 * A CloudEvents binary-mode record as the services publish it.
	 */
	public ConsumerRecord<String, String> record(String topic, String id, String type, String province, String subject,
			String data) {
		RecordHeaders headers = new RecordHeaders();
		header(headers, "ce_specversion", "1.0");
		header(headers, "ce_id", id);
		header(headers, "ce_type", type);
		header(headers, "ce_source", "/kinbridge/" + topic.split("\\.")[1] + "-service");
		header(headers, "ce_subject", subject);
		header(headers, "ce_time", "2026-11-28T08:30:0" + (this.offset % 10) + "+07:00");
		header(headers, "content-type", "application/json");
		if (province != null) {
			header(headers, "ce_province", province);
		}
		header(headers, "ce_actor", "officer.phutan");
		return new ConsumerRecord<>(topic, 0, this.offset++, 0L, TimestampType.CREATE_TIME, 0, 0, subject, data,
				headers, java.util.Optional.empty());
	}

	public static void header(RecordHeaders headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	/** A placement decision of a case in province 91, with a reason and legal basis. */
	public ConsumerRecord<String, String> placementDecided(String id, String caseId, String caregiverId) {
		return record(MATCHING_TOPIC, id, "org.kinbridge.matching.placement-decided.v1", "91", "pl-" + id,
				"{\"placementId\":\"pl-" + id + "\",\"caseId\":\"" + caseId + "\",\"caregiverId\":\"" + caregiverId
						+ "\",\"provinceCode\":\"91\",\"communeCode\":\"30406\",\"careType\":\"KINSHIP\","
						+ "\"reason\":\"Bà ngoại đủ điều kiện\",\"legalBasis\":\"Luật Trẻ em 2016, Điều 62\","
						+ "\"decidedBy\":{\"userId\":\"chair.phutan\",\"role\":\"COMMUNE_CHAIR\"}}");
	}

	@Override
	public void close() {
		this.client.close();
		this.server.shutdownNow();
	}

}
