package org.kinbridge.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.kinbridge.contracts.CloudEventHeaders;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the public form of each stored event. It runs in its own streaming processor
 * whose token only advances after Kafka acknowledged the record (acks=all, idempotent
 * producer), so the event store acts as the outbox and nothing is lost; a crash in
 * between republishes the same event with the same CloudEvents id, which consumers
 * de-duplicate.
 */
@ProcessingGroup(KafkaIntegrationEventPublisher.PROCESSING_GROUP)
public class KafkaIntegrationEventPublisher {

	public static final String PROCESSING_GROUP = "kinbridge-integration-publisher";

	private final KafkaTemplate<String, String> kafka;

	private final ObjectMapper objectMapper;

	private final List<IntegrationEventTranslator> translators;

	private final String topic;

	private final String source;

	public KafkaIntegrationEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper objectMapper,
			List<IntegrationEventTranslator> translators, String topic, String source) {
		this.kafka = kafka;
		this.objectMapper = objectMapper;
		this.translators = translators;
		this.topic = topic;
		this.source = source;
	}

	@EventHandler
	public void on(Object payload, EventMessage<?> event) throws Exception {
		for (IntegrationEventTranslator translator : this.translators) {
			Optional<IntegrationEvent> published = translator.translate(event);
			if (published.isPresent()) {
				send(published.get(), event);
			}
		}
	}

	private void send(IntegrationEvent published, EventMessage<?> event)
			throws JsonProcessingException, InterruptedException, ExecutionException, TimeoutException {
		RecordHeaders headers = new RecordHeaders();
		header(headers, CloudEventHeaders.CE_SPECVERSION, CloudEventHeaders.SPEC_VERSION);
		header(headers, CloudEventHeaders.CE_ID, publicIdOf(event, published));
		header(headers, CloudEventHeaders.CE_TYPE, published.type());
		header(headers, CloudEventHeaders.CE_SOURCE, this.source);
		header(headers, CloudEventHeaders.CE_SUBJECT, published.subject());
		header(headers, CloudEventHeaders.CE_TIME, event.getTimestamp().toString());
		header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON_CONTENT_TYPE);
		header(headers, CloudEventHeaders.CE_PROVINCE, published.province());
		header(headers, CloudEventHeaders.CE_ACTOR, (String) event.getMetaData().get(MessageKeys.ACTOR));
		header(headers, CloudEventHeaders.CE_CORRELATIONID,
				(String) event.getMetaData().get(MessageKeys.CORRELATION_ID));
		header(headers, CloudEventHeaders.CE_CAUSATIONID, causationOf(event));
		String body = this.objectMapper.writeValueAsString(published.data());
		ProducerRecord<String, String> record = new ProducerRecord<>(this.topic, null, published.subject(), body,
				headers);
		// Waiting here is the point: the processor's token must not pass an
		// unacknowledged event.
		this.kafka.send(record).get(30, TimeUnit.SECONDS);
	}

	/**
	 * Stable across republishing: the stored event's id, suffixed by the public type when
	 * one internal event has several public forms.
	 */
	static String publicIdOf(EventMessage<?> event, IntegrationEvent published) {
		// The name and version ("referral-sent.v1"): the version alone would give two
		// public forms of one internal event the same id, and consumers would drop one.
		String type = published.type();
		String unversioned = type.substring(0, type.lastIndexOf('.'));
		return event.getIdentifier() + ":" + type.substring(unversioned.lastIndexOf('.') + 1);
	}

	private static String causationOf(EventMessage<?> event) {
		Object causation = event.getMetaData().get(MessageKeys.CAUSATION_ID);
		if (causation != null) {
			return causation.toString();
		}
		// Axon's own correlation data names the command that produced the event.
		Object command = event.getMetaData().get("correlationId");
		if (command != null) {
			return command.toString();
		}
		return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
	}

	private static void header(RecordHeaders headers, String name, String value) {
		if (value != null) {
			headers.add(name, value.getBytes(StandardCharsets.UTF_8));
		}
	}

}
