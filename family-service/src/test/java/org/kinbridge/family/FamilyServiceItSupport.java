package org.kinbridge.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kinbridge.contracts.Topics;
import org.kinbridge.testkit.SharedInfrastructure;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What family-service's integration tests share: one running service on the embedded
 * Kafka broker and MongoDB wire server (every subclass reuses the same application
 * context, so only one consumer of matching's events runs), the people who call it, and
 * the steps they take through the API and on Kafka. An Giang suspends a caregiver whose
 * household changed until the checks hold again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kinbridge.family.vetting.91.suspend-on-household-change=true")
public abstract class FamilyServiceItSupport {

	protected static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	protected static final String CHAIR = TestTokens.token("chair.phutan", "91", "30406", "COMMUNE_CHAIR");

	protected static final String COLLABORATOR = TestTokens.token("collab.phutan", "91", "30406", "COLLABORATOR");

	/** An officer of xã Chợ Vàm, another commune of An Giang. */
	protected static final String CHO_VAM_OFFICER = TestTokens.token("officer.chovam", "91", "30409",
			"COMMUNE_OFFICER");

	protected static final String AUDITOR = TestTokens.token("auditor.angiang", "91", null, "AUDITOR");

	protected static final String ANALYST = TestTokens.token("analyst.angiang", "91", null, "ANALYST");

	protected static final String PROVINCE = TestTokens.token("province.angiang", "91", null, "PROVINCE_OFFICER");

	protected static final String SAIGON_CHAIR = TestTokens.token("chair.saigon", "79", "26740", "COMMUNE_CHAIR");

	protected static final String SAIGON_OFFICER = TestTokens.token("officer.saigon", "79", "26740", "COMMUNE_OFFICER");

	protected static final String SAIGON_PROVINCE = TestTokens.token("province.hcm", "79", null, "PROVINCE_OFFICER");

	protected static final String LEGAL_BASIS = "Luật Trẻ em 2016, Điều 63 khoản 2";

	protected static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	private static KafkaProducer<String, String> producer;

	@Autowired
	protected TestRestTemplate http;

	@Autowired
	protected ObjectMapper objectMapper;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "family_it");
	}

	// Steps through the API

	protected String register(String name, int capacity) {
		Map<String, Object> body = new HashMap<>();
		body.put("applicant", Map.of("fullName", name, "dateOfBirth", "1980-05-01", "sex", "FEMALE", "identityNumber",
				"091180001234"));
		body.put("household",
				List.of(member("Trần Văn Nam", "1978-02-10", "MALE", "SPOUSE"),
						member("Trần Thị Mai", TODAY.minusYears(10).toString(), "FEMALE", "CHILD"),
						member("Trần Văn Tí", TODAY.minusYears(3).toString(), "MALE", "CHILD")));
		body.put("communeCode", "30406");
		body.put("address", Map.of("line", "Ấp Phú Hòa, tổ 3", "validOn", TODAY.toString()));
		body.put("phone", "0912 345 678");
		body.put("careTypes", List.of("NON_RELATIVE", "EMERGENCY"));
		body.put("capacity", capacity);
		body.put("preferences",
				Map.of("minAge", 3, "maxAge", 12, "sexes", List.of(), "siblingGroups", true, "needs", List.of()));
		body.put("languages", List.of("vi"));
		body.put("ethnicity", "KINH");
		body.put("religion", "HOA_HAO");
		ResponseEntity<Map> created = post(OFFICER, "/api/families/caregivers", body);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("caregiverId");
	}

	protected static Map<String, Object> member(String name, String dateOfBirth, String sex, String relation) {
		return Map.of("fullName", name, "dateOfBirth", dateOfBirth, "sex", sex, "relation", relation, "consent",
				Map.of("given", true, "recordedOn", TODAY.toString(), "evidenceReference", "DONG-Y"));
	}

	protected String eligibleCaregiver(String name, int capacity) {
		String caregiverId = register(name, capacity);
		recordEveryCheck(caregiverId, OFFICER, checklistWhenVisible(caregiverId));
		assertThat(post(CHAIR, path(caregiverId, "/decision"), decision("ELIGIBLE")).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		return caregiverId;
	}

	protected List<Map<String, Object>> checklistWhenVisible(String caregiverId) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get(OFFICER, file(caregiverId)).getStatusCode().is2xxSuccessful());
		return checklist(caregiverId);
	}

	protected List<Map<String, Object>> checklist(String caregiverId) {
		return (List<Map<String, Object>>) get(OFFICER, file(caregiverId)).getBody().get("checklist");
	}

	protected void recordEveryCheck(String caregiverId, String token, List<Map<String, Object>> checklist) {
		for (Map<String, Object> item : checklist) {
			ResponseEntity<Map> recorded = post(token, path(caregiverId, "/vetting/checks"),
					check((String) item.get("kind"), (String) item.get("subject"), TODAY.minusMonths(1)));
			assertThat(recorded.getStatusCode()).as("recording %s", item).isEqualTo(HttpStatus.OK);
		}
	}

	protected static Map<String, Object> check(String kind, String subject, LocalDate issuedOn) {
		return Map.of("kind", kind, "subject", subject, "outcome", "PASSED", "evidence",
				Map.of("reference", kind + "/" + subject, "issuedOn", issuedOn.toString()));
	}

	protected static Map<String, Object> decision(String outcome) {
		return Map.of("outcome", outcome, "decisionNumber", "15/QĐ-UBND", "legalBasis", LEGAL_BASIS);
	}

	/** The caregiver's history as the officer reads it in the file. */
	protected List<Map<String, Object>> history(String caregiverId) {
		return (List<Map<String, Object>>) get(OFFICER, file(caregiverId)).getBody().get("history");
	}

	protected static String file(String caregiverId) {
		return "/api/families/caregivers/" + caregiverId;
	}

	protected static String path(String caregiverId, String rest) {
		return file(caregiverId) + rest;
	}

	// HTTP

	protected ResponseEntity<Map> post(String token, String path, Object body) {
		return this.http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(token)), Map.class);
	}

	protected ResponseEntity<Map> get(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), Map.class);
	}

	protected ResponseEntity<byte[]> download(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), byte[].class);
	}

	protected List<Map<String, Object>> getList(String token, String path) {
		ResponseEntity<List> response = this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)),
				List.class);
		assertThat(response.getStatusCode()).as("GET %s", path).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	protected static HttpHeaders headers(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBearerAuth(token);
		return headers;
	}

	// Kafka

	/**
	 * Puts an event on a topic as another service would: CloudEvents binary mode, keyed
	 * by its subject.
	 */
	protected void produce(String topic, String type, String subject, String province, Object data) throws Exception {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject,
				this.objectMapper.writeValueAsString(data));
		record.headers()
			.add("ce_specversion", bytes("1.0"))
			.add("ce_id", bytes("evt-" + UUID.randomUUID()))
			.add("ce_type", bytes(type))
			.add("ce_source", bytes("/kinbridge/matching-service"))
			.add("ce_subject", bytes(subject))
			.add("ce_time", bytes(java.time.Instant.now().toString()))
			.add("content-type", bytes("application/json"))
			.add("ce_province", bytes(province));
		producer().send(record).get();
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

	protected ConsumerRecord<String, String> awaitPublished(String caregiverId, String type) {
		return awaitPublished(caregiverId, type, 1).get(0);
	}

	/**
	 * @return at least {@code count} records of this type about this caregiver on the
	 * family topic, the oldest first
	 */
	protected List<ConsumerRecord<String, String>> awaitPublished(String caregiverId, String type, int count) {
		try (KafkaConsumer<String, String> consumer = familyTopicFromTheStart()) {
			List<ConsumerRecord<String, String>> found = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(record -> {
					if (caregiverId.equals(record.key()) && type.equals(header(record, "ce_type"))) {
						found.add(record);
					}
				});
				return found.size() >= count;
			});
			return found;
		}
	}

	/**
	 * Every record about this caregiver on the family topic, in the order published, up
	 * to and including the first of {@code type}: one caregiver's events share a key and
	 * so a partition, so nothing published before that one is missing.
	 */
	protected List<ConsumerRecord<String, String>> publishedUpTo(String caregiverId, String type) {
		try (KafkaConsumer<String, String> consumer = familyTopicFromTheStart()) {
			List<ConsumerRecord<String, String>> found = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (caregiverId.equals(record.key())
							&& found.stream().noneMatch(seen -> type.equals(header(seen, "ce_type")))) {
						found.add(record);
					}
				}
				return found.stream().anyMatch(seen -> type.equals(header(seen, "ce_type")));
			});
			return found;
		}
	}

	/** A consumer of its own group, reading the family topic from its first record. */
	private static KafkaConsumer<String, String> familyTopicFromTheStart() {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrap());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "family-it-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer());
		consumer.subscribe(List.of(Topics.FAMILY_EVENTS));
		return consumer;
	}

	protected static String header(ConsumerRecord<String, String> record, String name) {
		return (record.headers().lastHeader(name) == null) ? null
				: new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
