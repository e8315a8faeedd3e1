package org.kinbridge.analytics.stream;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.kinbridge.contracts.CloudEventHeaders;
import org.kinbridge.contracts.Topics;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts an analytics record on {@code kinbridge.analytics.v1} as a CloudEvent in binary
 * mode and waits for the broker, so the source event only counts as handled once its
 * record is stored. The actor, correlation and causation of the source stay behind: they
 * would lead back to the person and to the source event.
 */
@Component
public class AnalyticsPublisher {

	static final String SOURCE = "/kinbridge/analytics";

	private final KafkaTemplate<String, String> kafka;

	private final ObjectMapper objectMapper;

	public AnalyticsPublisher(KafkaTemplate<String, String> kafka, ObjectMapper objectMapper) {
		this.kafka = kafka;
		this.objectMapper = objectMapper;
	}

	public void publish(AnalyticsRecord record) {
		RecordHeaders headers = headersOf(record);
		try {
			String body = this.objectMapper.writeValueAsString(record.data());
			this.kafka.send(new ProducerRecord<>(Topics.ANALYTICS, null, record.subject(), body, headers))
				.get(30, TimeUnit.SECONDS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write analytics record " + record.type(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing " + record.type(), ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			// Thrown on, so the listener retries and in the end parks the source event.
			throw new IllegalStateException("Kafka did not take analytics record " + record.type(), ex);
		}
	}

	/**
	 * @return the CloudEvents headers of the record: ids and subject as pseudonyms, the
	 * time as the start of the day
	 */
	static RecordHeaders headersOf(AnalyticsRecord record) {
		RecordHeaders headers = new RecordHeaders();
		header(headers, CloudEventHeaders.CE_SPECVERSION, CloudEventHeaders.SPEC_VERSION);
		header(headers, CloudEventHeaders.CE_ID, record.id());
		header(headers, CloudEventHeaders.CE_TYPE, record.type());
		header(headers, CloudEventHeaders.CE_SOURCE, SOURCE);
		header(headers, CloudEventHeaders.CE_SUBJECT, record.subject());
		// The day only, as in the data: the time of day would help to single a child out.
		// Written as the instant the day starts in Vietnam, RFC 3339 with seconds, as
		// every
		// consumer's parser expects.
		header(headers, CloudEventHeaders.CE_TIME,
				LocalDate.parse(record.day()).atStartOfDay(Fields.VIETNAM).toInstant().toString());
		header(headers, CloudEventHeaders.CE_DATASCHEMA, "urn:kinbridge:schema:" + record.type());
		header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON_CONTENT_TYPE);
		header(headers, CloudEventHeaders.CE_PROVINCE, record.provinceCode());
		return headers;
	}

	private static void header(RecordHeaders headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
