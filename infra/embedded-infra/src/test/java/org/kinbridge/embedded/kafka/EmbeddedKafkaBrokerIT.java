package org.kinbridge.embedded.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class EmbeddedKafkaBrokerIT {

	private static final String TOPIC = "kinbridge.family.events.v1";

	@TempDir
	Path dataDir;

	@Test
	void keepsAnAcknowledgedRecordAcrossARestartOnTheSameDirectory() throws Exception {
		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder(this.dataDir).start()) {
			try (Admin admin = admin(broker)) {
				admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
			}
			try (KafkaProducer<String, String> producer = producer(broker)) {
				producer.send(new ProducerRecord<>(TOPIC, "caregiver-1", "{\"registered\":true}")).get();
			}
			assertThat(readAll(broker, "first-reader")).containsExactly("caregiver-1={\"registered\":true}");
		}

		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder(this.dataDir).start()) {
			assertThat(readAll(broker, "second-reader")).containsExactly("caregiver-1={\"registered\":true}");
		}
	}

	@Test
	void doesNotCreateTopicsThatNobodyCreatedOnPurpose() throws Exception {
		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder(this.dataDir).start();
				KafkaProducer<String, String> producer = producer(broker);
				Admin admin = admin(broker)) {
			assertThatThrownBy(() -> producer.partitionsFor("kinbridge.typo.v1"))
				.isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
			assertThatThrownBy(() -> admin.describeTopics(Set.of("kinbridge.typo.v1")).allTopicNames().get())
				.isInstanceOf(ExecutionException.class)
				.hasCauseInstanceOf(UnknownTopicOrPartitionException.class);
		}
	}

	private static List<String> readAll(EmbeddedKafkaBroker broker, String group) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<String> values = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(TOPIC));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					values.add(record.key() + "=" + record.value());
				}
				return !values.isEmpty();
			});
		}
		return values;
	}

	private static KafkaProducer<String, String> producer(EmbeddedKafkaBroker broker) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000);
		return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
	}

	private static Admin admin(EmbeddedKafkaBroker broker) {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
	}

}
