package org.kinbridge.family.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.Topics;
import org.kinbridge.contracts.family.CaregiverRegisteredV1;
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

/**
 * family-service against a real Kafka broker and a MongoDB wire server: a registration
 * goes through the REST API, is stored as an event, appears in the caregiver files of its
 * own province only, and is published once as a CloudEvent with the contract's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CaregiverRegistrationScenarios {

	private static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	private static final String OTHER_PROVINCE = TestTokens.token("officer.saigon", "79", "26740", "COMMUNE_OFFICER");

	/** The bootstrap servers of the broker the service under test publishes to. */
	protected abstract String kafkaBootstrap();

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private ObjectMapper objectMapper;

	@Test
	void registersACaregiverAndPublishesTheCloudEvent() throws Exception {
		ResponseEntity<Map> created = post(OFFICER, registration("Nguyễn Thị Hoa", "1980-05-01", 2));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String caregiverId = (String) created.getBody().get("caregiverId");
		assertThat(created.getHeaders().getLocation()).hasPath("/api/families/caregivers/" + caregiverId);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(get(OFFICER, "/api/families/caregivers/" + caregiverId).getStatusCode())
				.isEqualTo(HttpStatus.OK));
		Map<String, Object> file = get(OFFICER, "/api/families/caregivers/" + caregiverId).getBody();
		assertThat((Map<String, Object>) file.get("applicant")).containsEntry("fullName", "Nguyễn Thị Hoa");
		assertThat(file).containsEntry("status", "REGISTERED").containsEntry("procedure", "REGISTRATION");

		ConsumerRecord<String, String> published = awaitPublished(caregiverId);
		assertThat(header(published, "ce_type")).isEqualTo(CaregiverRegisteredV1.TYPE);
		assertThat(header(published, "ce_specversion")).isEqualTo("1.0");
		assertThat(header(published, "ce_source")).isEqualTo("/kinbridge/family-service");
		assertThat(header(published, "ce_subject")).isEqualTo(caregiverId);
		assertThat(header(published, "ce_province")).isEqualTo("91");
		assertThat(header(published, "ce_actor")).isEqualTo("officer.phutan");
		assertThat(header(published, "ce_id")).isNotBlank();
		assertThat(header(published, "ce_correlationid")).isNotBlank();
		CaregiverRegisteredV1 data = this.objectMapper.readValue(published.value(), CaregiverRegisteredV1.class);
		assertThat(data.capacity()).isEqualTo(2);
		assertThat(data.registeredBy().role()).isEqualTo("COMMUNE_OFFICER");
		JsonNode raw = this.objectMapper.readTree(published.value());
		assertThat(raw.has("phone")).as("the phone number stays inside family-service").isFalse();
	}

	@Test
	void anotherProvincesOfficerCannotSeeTheCaregiver() {
		String caregiverId = (String) post(OFFICER, registration("Trần Văn Bình", "1975-01-20", 1)).getBody()
			.get("caregiverId");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(get(OFFICER, "/api/families/caregivers/" + caregiverId).getStatusCode())
				.isEqualTo(HttpStatus.OK));

		assertThat(get(OTHER_PROVINCE, "/api/families/caregivers/" + caregiverId).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(getList(OTHER_PROVINCE)).noneMatch(file -> caregiverId.equals(file.get("caregiverId")));
		assertThat(getList(OFFICER)).anyMatch(file -> caregiverId.equals(file.get("caregiverId")));
	}

	@Test
	void refusesToRegisterInACommuneOutsideTheOfficersOwn() {
		Map<String, Object> elsewhere = registration("Lê Thị Cúc", "1970-02-02", 1);
		elsewhere.put("communeCode", "30409");
		assertThat(post(OFFICER, elsewhere).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesACommuneThatIsNotOneOfTheProvinceOnTheDayOfTheAddress() {
		Map<String, Object> unknown = registration("Lê Thị Cúc", "1970-02-02", 1);
		unknown.put("communeCode", "30499");
		Map<String, Object> otherProvince = registration("Lê Thị Cúc", "1970-02-02", 1);
		otherProvince.put("communeCode", "26740");
		Map<String, Object> beforeTheMerger = registration("Lê Thị Cúc", "1970-02-02", 1);
		beforeTheMerger.put("address", Map.of("line", "Ấp Phú Hòa", "validOn", "2025-05-01"));

		assertThat(communeError(post(OFFICER, unknown))).contains("administrative-unit register");
		// Another province's commune is scope, not input: not found, like its caregivers.
		assertThat(post(OFFICER, otherProvince).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(post(OFFICER, beforeTheMerger).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private static String communeError(ResponseEntity<Map> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
		assertThat(errors).extracting(error -> error.get("field")).containsExactly("communeCode");
		return (String) errors.get(0).get("message");
	}

	@Test
	void rejectsAnInvalidRegistrationFieldByField() {
		Map<String, Object> invalid = registration("", "2999-01-01", 0);
		invalid.put("communeCode", "304");
		ResponseEntity<Map> response = post(OFFICER, invalid);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
		assertThat(errors).extracting(error -> error.get("field"))
			.contains("applicant.fullName", "applicant.dateOfBirth", "capacity", "communeCode");
	}

	@Test
	void rejectsAnInvalidHouseholdMemberAndKinshipLinkFieldByField() {
		Map<String, Object> invalid = registration("Lâm Ngọc Anh", "1980-05-25", 1);
		invalid.put("household", List.of(Map.of("fullName", "Lâm Văn Bé", "dateOfBirth", "2015-01-01", "sex", "MALE",
				"relation", "COUSIN_TWICE_REMOVED", "consent", Map.of("given", true))));
		invalid.put("kinship",
				Map.of("caseId", "not-a-case", "childName", "Bé Na", "relationToChild", "AUNT_OR_UNCLE"));
		invalid.put("ethnicity", "kinh");
		ResponseEntity<Map> response = post(OFFICER, invalid);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
		assertThat(errors).extracting(error -> error.get("field")).contains("household[0].relation");
	}

	@Test
	void namesEveryInvalidFieldOfAWellFormedBody() {
		Map<String, Object> invalid = registration("Lâm Ngọc Anh", "1980-05-25", 1);
		invalid.put("household", List.of(Map.of("fullName", "", "dateOfBirth", "2015-01-01", "sex", "MALE", "relation",
				"CHILD", "consent", Map.of("given", true))));
		invalid.put("kinship",
				Map.of("caseId", "not-a-case", "childName", "Bé Na", "relationToChild", "AUNT_OR_UNCLE"));
		invalid.put("ethnicity", "kinh");
		invalid.put("preferences", Map.of("minAge", 12, "maxAge", 3));
		ResponseEntity<Map> response = post(OFFICER, invalid);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
		assertThat(errors).extracting(error -> error.get("field"))
			.contains("household[0].fullName", "household[0].consent.recordedOn", "kinship.caseId", "ethnicity",
					"preferences.ageRangeInOrder");
	}

	@Test
	void rejectsAnApplicantWhoIsNotAnAdult() {
		ResponseEntity<Map> response = post(OFFICER, registration("Phạm Văn Dũng", "2012-03-03", 1));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(response.getBody().get("detail").toString()).contains("18");
	}

	@Test
	void aCollaboratorCannotRegisterCaregiversAndNobodyWithoutATokenCan() {
		String collaborator = TestTokens.token("collab.phutan", "91", "30406", "COLLABORATOR");
		assertThat(post(collaborator, registration("Võ Thị Em", "1980-01-01", 1)).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post(null, registration("Võ Thị Em", "1980-01-01", 1)).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(post(TestTokens.forged("officer.phutan", "91", "30406", "COMMUNE_OFFICER"),
				registration("Võ Thị Em", "1980-01-01", 1))
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private Map<String, Object> registration(String name, String dateOfBirth, int capacity) {
		Map<String, Object> applicant = new java.util.HashMap<>(
				Map.of("fullName", name, "dateOfBirth", dateOfBirth, "sex", "FEMALE"));
		return new java.util.HashMap<>(Map.of("applicant", applicant, "communeCode", "30406", "careTypes",
				List.of("NON_RELATIVE"), "capacity", capacity, "languages", List.of("vi"), "ethnicity", "KINH",
				"religion", "HOA_HAO", "phone", "0912 345 678"));
	}

	private ResponseEntity<Map> post(String token, Map<String, Object> body) {
		return this.http.exchange("/api/families/caregivers", HttpMethod.POST, new HttpEntity<>(body, headers(token)),
				Map.class);
	}

	private ResponseEntity<Map> get(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), Map.class);
	}

	private List<Map<String, Object>> getList(String token) {
		return this.http
			.exchange("/api/families/caregivers", HttpMethod.GET, new HttpEntity<>(headers(token)), List.class)
			.getBody();
	}

	private static HttpHeaders headers(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			headers.setBearerAuth(token);
		}
		return headers;
	}

	private ConsumerRecord<String, String> awaitPublished(String caregiverId) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "family-it-" + caregiverId);
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.FAMILY_EVENTS));
			List<ConsumerRecord<String, String>> found = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(record -> {
					if (caregiverId.equals(record.key())) {
						found.add(record);
					}
				});
				return !found.isEmpty();
			});
			return found.get(0);
		}
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
