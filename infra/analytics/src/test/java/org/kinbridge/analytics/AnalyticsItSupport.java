package org.kinbridge.analytics;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kinbridge.testkit.SharedInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The analytics app on the shared Kafka broker and Mongo wire server, one context for
 * every IT of the module, fed by source events put on the service topics as the services
 * would put them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kinbridge.analytics.key-file=target/it-analytics-pseudonym.key")
public abstract class AnalyticsItSupport {

	private static KafkaProducer<String, String> producer;

	@Autowired
	protected TestRestTemplate http;

	@Autowired
	protected ObjectMapper objectMapper;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "analytics_it");
	}

	/**
	 * Puts an event on a topic as its service would: CloudEvents binary mode, keyed by
	 * subject.
	 */
	protected void produce(String topic, String type, String id, String subject, String province, Object data)
			throws Exception {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject,
				this.objectMapper.writeValueAsString(data));
		record.headers()
			.add("ce_specversion", bytes("1.0"))
			.add("ce_id", bytes(id))
			.add("ce_type", bytes(type))
			.add("ce_source", bytes("/kinbridge/test-service"))
			.add("ce_subject", bytes(subject))
			.add("ce_time", bytes(Instant.now().toString()))
			.add("content-type", bytes("application/json"))
			.add("ce_province", bytes(province))
			.add("ce_actor", bytes("officer.phutan"))
			.add("ce_correlationid", bytes("corr-" + id));
		producer().send(record).get();
	}

	/**
	 * @return the records of the topic from its start, once one matching {@code until}
	 * arrived
	 */
	protected static List<ConsumerRecord<String, String>> readUntil(String topic,
			Predicate<List<ConsumerRecord<String, String>>> until) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrap());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "analytics-it-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			List<ConsumerRecord<String, String>> found = new ArrayList<>();
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(found::add);
				return until.test(found);
			});
			return found;
		}
	}

	protected static String header(ConsumerRecord<String, String> record, String name) {
		return (record.headers().lastHeader(name) == null) ? null
				: new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	protected <T> ResponseEntity<T> get(String token, String path, Class<T> type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
	}

	@SuppressWarnings("unchecked")
	protected Map<String, Object> getJson(String token, String path) {
		return get(token, path, Map.class).getBody();
	}

	private static synchronized KafkaProducer<String, String> producer() {
		if (producer == null) {
			Properties properties = new Properties();
			properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrap());
			properties.put(ProducerConfig.ACKS_CONFIG, "all");
			producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
			Runtime.getRuntime().addShutdownHook(new Thread(producer::close, "test-producer-stop"));
		}
		return producer;
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
