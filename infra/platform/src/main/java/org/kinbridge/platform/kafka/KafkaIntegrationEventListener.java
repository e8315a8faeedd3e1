package org.kinbridge.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.kinbridge.contracts.CloudEventHeaders;
import org.kinbridge.platform.web.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;

/**
 * Reads the public events this service subscribes to and hands each to its handlers,
 * once. Several features of a service may take the same event type (a view and a process,
 * say); they are called in order and the event counts as handled when all of them are
 * done. Failures are retried with back-off by the container's error handler and then
 * parked in the dead-letter topic with the reason; the offset only moves on after one or
 * the other, so no message is lost.
 */
public class KafkaIntegrationEventListener {

	private static final Logger log = LoggerFactory.getLogger(KafkaIntegrationEventListener.class);

	private final Map<String, List<IntegrationEventHandler<?>>> handlers;

	private final ProcessedEvents processed;

	private final ObjectMapper objectMapper;

	public KafkaIntegrationEventListener(List<IntegrationEventHandler<?>> handlers, ProcessedEvents processed,
			ObjectMapper objectMapper) {
		this.handlers = handlers.stream().collect(Collectors.groupingBy(IntegrationEventHandler::type));
		this.processed = processed;
		this.objectMapper = objectMapper;
	}

	@KafkaListener(id = "${spring.application.name}-integration-events", groupId = "${spring.application.name}",
			topics = "#{'${kinbridge.kafka.subscribe}'.split(',')}")
	public void onRecord(ConsumerRecord<String, String> record) {
		IncomingIntegrationEvent event = envelopeOf(record);
		try (Correlation.Scope scope = Correlation.open(event.correlationId())) {
			if (this.processed.contains(event.id())) {
				log.debug("Skipping {} {}: already handled", event.type(), event.id());
				return;
			}
			for (IntegrationEventHandler<?> handler : this.handlers.getOrDefault(event.type(), List.of())) {
				dispatch(handler, record.value(), event);
			}
			this.processed.record(event);
		}
	}

	private <T> void dispatch(IntegrationEventHandler<T> handler, String body, IncomingIntegrationEvent event) {
		T data;
		try {
			data = this.objectMapper.readValue(body, handler.dataType());
		}
		catch (JsonProcessingException ex) {
			throw new PoisonEventException("Data of " + event.type() + " " + event.id()
					+ " does not match its contract: " + ex.getOriginalMessage(), ex);
		}
		handler.handle(data, event);
	}

	static IncomingIntegrationEvent envelopeOf(ConsumerRecord<String, String> record) {
		String id = required(record, CloudEventHeaders.CE_ID);
		String type = required(record, CloudEventHeaders.CE_TYPE);
		String time = header(record, CloudEventHeaders.CE_TIME);
		Instant parsedTime;
		try {
			parsedTime = time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time);
		}
		catch (DateTimeParseException ex) {
			throw new PoisonEventException("Header ce_time is not an RFC 3339 instant: " + time, ex);
		}
		return new IncomingIntegrationEvent(id, type, header(record, CloudEventHeaders.CE_SOURCE),
				header(record, CloudEventHeaders.CE_SUBJECT), parsedTime,
				required(record, CloudEventHeaders.CE_PROVINCE), header(record, CloudEventHeaders.CE_ACTOR),
				header(record, CloudEventHeaders.CE_CORRELATIONID), header(record, CloudEventHeaders.CE_CAUSATIONID));
	}

	private static String required(ConsumerRecord<String, String> record, String name) {
		String value = header(record, name);
		if (value == null || value.isBlank()) {
			throw new PoisonEventException("Record at " + record.topic() + "-" + record.partition() + "@"
					+ record.offset() + " has no " + name + " header");
		}
		return value;
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
