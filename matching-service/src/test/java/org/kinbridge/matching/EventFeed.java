package org.kinbridge.matching;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kinbridge.contracts.CloudEventHeaders;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.platform.kafka.IntegrationEventHandler;
import org.kinbridge.platform.kafka.KafkaIntegrationEventListener;
import org.kinbridge.platform.kafka.ProcessedEvents;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Feeds events to handlers through the platform's listener, as Kafka would: CloudEvents
 * headers, JSON data, de-duplication by event id in the service's own database.
 */
public final class EventFeed {

	public static final ObjectMapper JSON = JsonMapper.builder()
		.findAndAddModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private final KafkaIntegrationEventListener listener;

	private long offset;

	public EventFeed(MongoTemplate mongo, List<IntegrationEventHandler<?>> handlers) {
		this.listener = new KafkaIntegrationEventListener(handlers,
				new ProcessedEvents(mongo.getDb(), Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)),
				JSON);
	}

	/**
	 * Publishes the data under a fresh event id.
	 * @return the event id
	 */
	public String publish(String province, String subject, Object data) {
		String id = "evt-" + UUID.randomUUID();
		publish(id, province, subject, data);
		return id;
	}

	public void publish(String eventId, String province, String subject, Object data) {
		String type = EventTypes.forDataClass(data.getClass()).orElseThrow().type();
		try {
			publishRaw(eventId, type, province, subject, JSON.writeValueAsString(data));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void publishRaw(String eventId, String type, String province, String subject, String body) {
		ConsumerRecord<String, String> record = new ConsumerRecord<>("test-topic", 0, this.offset++, subject, body);
		header(record, CloudEventHeaders.CE_SPECVERSION, CloudEventHeaders.SPEC_VERSION);
		header(record, CloudEventHeaders.CE_ID, eventId);
		header(record, CloudEventHeaders.CE_TYPE, type);
		header(record, CloudEventHeaders.CE_SOURCE, "/kinbridge/test");
		header(record, CloudEventHeaders.CE_SUBJECT, subject);
		header(record, CloudEventHeaders.CE_TIME, "2026-12-01T00:00:00Z");
		header(record, CloudEventHeaders.CE_PROVINCE, province);
		this.listener.onRecord(record);
	}

	private static void header(ConsumerRecord<String, String> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
