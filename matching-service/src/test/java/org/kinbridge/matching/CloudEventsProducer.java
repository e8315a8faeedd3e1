package org.kinbridge.matching;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kinbridge.contracts.CloudEventHeaders;
import org.kinbridge.testkit.SharedInfrastructure;

/**
 * Publishes events onto the shared test broker as the other services do: CloudEvents 1.0
 * in binary mode, key and subject the aggregate id, JSON data.
 */
public final class CloudEventsProducer implements AutoCloseable {

	private static CloudEventsProducer shared;

	private final KafkaProducer<String, String> producer;

	/**
	 * @return one producer for the whole test JVM, closed when it ends
	 */
	public static synchronized CloudEventsProducer shared() {
		if (shared == null) {
			shared = new CloudEventsProducer();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-cloudevents-producer-stop"));
		}
		return shared;
	}

	private CloudEventsProducer() {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrap());
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
	}

	/**
	 * Sends and waits for the broker's acknowledgement.
	 */
	public void publish(String topic, String eventId, String type, String province, String subject, String body)
			throws Exception {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, body);
		record.headers()
			.add(CloudEventHeaders.CE_SPECVERSION, bytes(CloudEventHeaders.SPEC_VERSION))
			.add(CloudEventHeaders.CE_ID, bytes(eventId))
			.add(CloudEventHeaders.CE_TYPE, bytes(type))
			.add(CloudEventHeaders.CE_SOURCE,
					bytes(type.contains(".case.") ? "/kinbridge/case-service" : "/kinbridge/family-service"))
			.add(CloudEventHeaders.CE_SUBJECT, bytes(subject))
			.add(CloudEventHeaders.CE_TIME, bytes("2026-11-28T03:15:00Z"))
			.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON_CONTENT_TYPE))
			.add(CloudEventHeaders.CE_PROVINCE, bytes(province));
		this.producer.send(record).get();
	}

	@Override
	public void close() {
		this.producer.close();
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
