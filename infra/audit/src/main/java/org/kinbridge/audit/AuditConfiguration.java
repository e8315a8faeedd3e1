package org.kinbridge.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.kinbridge.audit.checkpoint.Checkpoints;
import org.kinbridge.audit.checkpoint.SigningKey;
import org.kinbridge.audit.events.EventIngestion;
import org.kinbridge.audit.events.PublishedEvents;
import org.kinbridge.audit.history.HistoryBuilder;
import org.kinbridge.audit.ledger.ProvinceLogs;
import org.kinbridge.audit.verification.DecisionVerifier;
import org.kinbridge.audit.verification.LogExports;
import org.kinbridge.audit.web.Auditors;
import org.kinbridge.auditlog.document.DocumentSigner;
import org.kinbridge.contracts.Topics;
import org.kinbridge.platform.kafka.KafkaIntegrationProperties;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The audit component's parts, over its own database ({@code kinbridge_audit}); the
 * platform brings security, problems, the access log and the Kafka error handling with
 * its dead-letter topics.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

	@Bean
	public PublishedEvents publishedEvents(MongoDatabase axonMongoDatabase) {
		PublishedEvents events = new PublishedEvents(axonMongoDatabase);
		events.createIndexes();
		return events;
	}

	@Bean
	public ProvinceLogs provinceLogs(MongoDatabase axonMongoDatabase) {
		ProvinceLogs logs = new ProvinceLogs(axonMongoDatabase);
		logs.createIndexes();
		return logs;
	}

	@Bean
	public SigningKey signingKey(AuditProperties properties) {
		return SigningKey.load(Path.of(properties.signingKey()), properties.generateSigningKey());
	}

	@Bean
	public DocumentSigner documentSigner(SigningKey signingKey) {
		return signingKey.documentSigner();
	}

	@Bean
	public Checkpoints checkpoints(MongoDatabase axonMongoDatabase, ProvinceLogs logs, SigningKey signingKey,
			KafkaTemplate<String, String> kafka, AuditProperties properties, Clock clock) {
		Checkpoints checkpoints = new Checkpoints(axonMongoDatabase, logs, signingKey, kafka, properties, clock);
		checkpoints.createIndexes();
		return checkpoints;
	}

	@Bean
	public EventIngestion eventIngestion(PublishedEvents events, ProvinceLogs logs, Checkpoints checkpoints,
			AuditProperties properties, ObjectMapper objectMapper, Clock clock) {
		return new EventIngestion(events, logs, checkpoints, properties, objectMapper, clock);
	}

	@Bean
	public HistoryBuilder historyBuilder(ObjectMapper objectMapper) {
		return new HistoryBuilder(objectMapper);
	}

	@Bean
	public DecisionVerifier decisionVerifier(ProvinceLogs logs, Checkpoints checkpoints, SigningKey signingKey) {
		return new DecisionVerifier(logs, checkpoints, signingKey.publicKey());
	}

	@Bean
	public LogExports logExports(PublishedEvents events, ProvinceLogs logs) {
		return new LogExports(events, logs);
	}

	@Bean
	public Auditors auditors(TenantGuard tenantGuard) {
		return new Auditors(tenantGuard);
	}

	/**
	 * The topics read, their dead-letter topics and the checkpoint topic, with the
	 * platform's settings (kept forever), so that the component can start before the
	 * services that publish.
	 */
	@Bean
	public KafkaAdmin.NewTopics auditTopics(AuditProperties properties, KafkaIntegrationProperties kafka) {
		List<String> names = new ArrayList<>();
		for (String topic : properties.topics()) {
			names.add(topic);
			names.add(Topics.deadLetterOf(topic));
		}
		names.add(properties.checkpointTopic());
		Map<String, String> configs = new HashMap<>();
		configs.put(TopicConfig.RETENTION_MS_CONFIG, "-1");
		configs.put(TopicConfig.RETENTION_BYTES_CONFIG, "-1");
		configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(kafka.minInsyncReplicas()));
		return new KafkaAdmin.NewTopics(names.stream()
			.map((name) -> TopicBuilder.name(name)
				.partitions(kafka.partitions())
				.replicas(kafka.replicationFactor())
				.configs(configs)
				.build())
			.toArray(NewTopic[]::new));
	}

}
