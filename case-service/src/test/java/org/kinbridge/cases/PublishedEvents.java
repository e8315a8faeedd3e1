package org.kinbridge.cases;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.kinbridge.contracts.CloudEventHeaders;
import org.kinbridge.contracts.Topics;
import org.kinbridge.testkit.SharedInfrastructure;

/**
 * What case-service published, read from the shared test broker the way a consumer that
 * joined late would: from the start of the topic, without a consumer group.
 */
public final class PublishedEvents {

	private PublishedEvents() {
	}

	/**
	 * @return the first record of the type about the subject on the case topic, waiting
	 * for it to be published
	 */
	public static ConsumerRecord<String, String> awaitPublished(String subject, String type) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> find(Topics.CASE_EVENTS,
					record -> subject.equals(record.key()) && type.equals(header(record, CloudEventHeaders.CE_TYPE))),
					Optional::isPresent)
			.get();
	}

	/** Reads the topic from its start to its current end, without joining a group. */
	public static Optional<ConsumerRecord<String, String>> find(String topic,
			Predicate<ConsumerRecord<String, String>> wanted) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrap());
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map(partition -> new TopicPartition(topic, partition.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (wanted.test(record)) {
						return Optional.of(record);
					}
				}
			}
			return Optional.empty();
		}
	}

	public static String header(ConsumerRecord<String, String> record, String name) {
		return (record.headers().lastHeader(name) != null)
				? new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8) : null;
	}

}
