package org.kinbridge.analytics.stream;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.kinbridge.contracts.CloudEventHeaders;
import org.kinbridge.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Counts the source events whose type has no reviewed allow-list yet, which the listener
 * passes over: the metric {@code kinbridge.analytics.skipped} and one log line per type
 * tell the operator that a new event type waits for its mapping.
 */
public class SkippedEventTypes implements RecordInterceptor<Object, Object> {

	private static final Logger log = LoggerFactory.getLogger(SkippedEventTypes.class);

	private final MeterRegistry meters;

	private final Set<String> logged = ConcurrentHashMap.newKeySet();

	public SkippedEventTypes(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
			Consumer<Object, Object> consumer) {
		Header header = record.headers().lastHeader(CloudEventHeaders.CE_TYPE);
		if (header != null && !Topics.ANALYTICS.equals(record.topic())) {
			String type = new String(header.value(), StandardCharsets.UTF_8);
			if (RecordMappings.forSourceType(type).isEmpty()) {
				this.meters.counter("kinbridge.analytics.skipped", "type", type).increment();
				if (this.logged.add(type)) {
					log.info("Events of type {} are not published for analytics: no allow-list reviewed yet", type);
				}
			}
		}
		return record;
	}

}
