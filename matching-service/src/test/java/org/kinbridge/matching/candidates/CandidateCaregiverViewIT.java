package org.kinbridge.matching.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.Topics;
import org.kinbridge.contracts.family.CaregiverRegisteredV1;
import org.kinbridge.matching.CloudEventsProducer;
import org.kinbridge.testkit.SharedInfrastructure;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * matching-service consuming family-service's contract from a real Kafka broker: the
 * producer's own sample payload lands in the view, a redelivered event takes effect once,
 * and poison goes to the dead-letter topic with its reason instead of blocking the
 * partition.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=matching-caregiver-view-it")
class CandidateCaregiverViewIT {

	private static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	private static final String PROVINCE_79 = TestTokens.token("officer.saigon", "79", "26740", "COMMUNE_OFFICER");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "matching_candidates_it");
	}

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private ObjectMapper objectMapper;

	@Test
	void theProducersSamplePayloadEntersTheViewOfItsProvinceOnly() throws Exception {
		ObjectNode sample = sample();
		String caregiverId = sample.get("caregiverId").asText();
		publish("evt-" + UUID.randomUUID(), "91", sample);

		await().atMost(Duration.ofSeconds(90))
			.untilAsserted(() -> assertThat(list(OFFICER))
				.anySatisfy(candidate -> assertThat(candidate).containsEntry("caregiverId", caregiverId)
					.containsEntry("fullName", "Nguyễn Thị Hoa")
					.containsEntry("capacity", 2)));
		assertThat(list(PROVINCE_79)).noneMatch(candidate -> caregiverId.equals(candidate.get("caregiverId")));
	}

	@Test
	void aRedeliveredEventTakesEffectOnce() throws Exception {
		ObjectNode first = sample().put("caregiverId", "cg-" + UUID.randomUUID()).put("capacity", 1);
		String caregiverId = first.get("caregiverId").asText();
		String eventId = "evt-" + UUID.randomUUID();
		publish(eventId, "91", first);
		await().atMost(Duration.ofSeconds(90))
			.until(() -> list(OFFICER).stream().anyMatch(c -> caregiverId.equals(c.get("caregiverId"))));

		// The same event id again, with altered data: were it applied, the capacity would
		// change.
		publish(eventId, "91", first.deepCopy().put("capacity", 3));
		String marker = "cg-" + UUID.randomUUID();
		publish("evt-" + UUID.randomUUID(), "91", sample().put("caregiverId", marker));
		await().atMost(Duration.ofSeconds(90))
			.until(() -> list(OFFICER).stream().anyMatch(c -> marker.equals(c.get("caregiverId"))));

		assertThat(list(OFFICER)).filteredOn(c -> caregiverId.equals(c.get("caregiverId")))
			.singleElement()
			.satisfies(candidate -> assertThat(candidate).containsEntry("capacity", 1));
	}

	@Test
	void poisonGoesToTheDeadLetterTopicWithItsReasonAndTheNextEventStillArrives() throws Exception {
		String poisonId = "evt-" + UUID.randomUUID();
		publish(poisonId, "91", "caregiver-poison", "{\"caregiverId\": 42, \"capacity\": \"many\"}");
		ObjectNode wrongProvince = sample().put("caregiverId", "cg-" + UUID.randomUUID());
		String crossProvinceId = "evt-" + UUID.randomUUID();
		publish(crossProvinceId, "79", wrongProvince);
		String after = "cg-" + UUID.randomUUID();
		publish("evt-" + UUID.randomUUID(), "91", sample().put("caregiverId", after));

		await().atMost(Duration.ofSeconds(90))
			.until(() -> list(OFFICER).stream().anyMatch(c -> after.equals(c.get("caregiverId"))));
		List<ConsumerRecord<String, String>> parked = deadLetters(2);
		assertThat(parked).extracting(r -> header(r, "ce_id")).contains(poisonId, crossProvinceId);
		assertThat(parked).allSatisfy(r -> assertThat(header(r, "kafka_dlt-exception-message")).isNotBlank());
		assertThat(list(OFFICER))
			.noneMatch(c -> wrongProvince.get("caregiverId").asText().equals(c.get("caregiverId")));
	}

	private ObjectNode sample() throws Exception {
		try (InputStream in = EventTypes.find(CaregiverRegisteredV1.TYPE).orElseThrow().openSample()) {
			return (ObjectNode) this.objectMapper.readTree(in);
		}
	}

	private void publish(String eventId, String province, ObjectNode data) throws Exception {
		publish(eventId, province, data.get("caregiverId").asText(), data.toString());
	}

	private static void publish(String eventId, String province, String subject, String body) throws Exception {
		CloudEventsProducer.shared()
			.publish(Topics.FAMILY_EVENTS, eventId, CaregiverRegisteredV1.TYPE, province, subject, body);
	}

	private List<Map<String, Object>> list(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		return this.http.exchange("/api/matching/caregivers", HttpMethod.GET, new HttpEntity<>(headers), List.class)
			.getBody();
	}

	private static List<ConsumerRecord<String, String>> deadLetters(int atLeast) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrap());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.deadLetterOf(Topics.FAMILY_EVENTS)));
			List<ConsumerRecord<String, String>> found = new ArrayList<>();
			await().atMost(Duration.ofSeconds(90)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(found::add);
				return found.size() >= atLeast;
			});
			return found;
		}
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		var header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
