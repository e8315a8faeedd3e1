package org.kinbridge.cases.alternativecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinbridge.cases.PublishedEvents.awaitPublished;
import static org.kinbridge.cases.PublishedEvents.find;
import static org.kinbridge.cases.PublishedEvents.header;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.CloudEventHeaders;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.Topics;
import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.contracts.matching.PlacementStartedV1;
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
 * case-service against a real Kafka broker and a MongoDB wire server, through its REST
 * API: a case goes from the report to a confirmed need for alternative care, which is
 * published as a CloudEvent; matching-service's decision and handover, produced as it
 * would, make the child's arrangement "placed"; closing the case ends the need. Every
 * endpoint hides the case from another province and is closed to those who do not manage
 * cases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// A consumer group of its own: other test contexts of this JVM read the same
		// topic.
		properties = "spring.application.name=" + AlternativeCareIT.APPLICATION)
class AlternativeCareIT {

	static final String APPLICATION = "case-service-altcare-it";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	private static final String CHAIR = TestTokens.token("chair.phutan", "91", "30406", "COMMUNE_CHAIR");

	private static final String AUDITOR = TestTokens.token("auditor.angiang", "91", null, "AUDITOR");

	private static final Map<String, String> OTHER_PROVINCE = Map.of("officer.saigon",
			TestTokens.token("officer.saigon", "79", "26740", "COMMUNE_OFFICER"), "chair.saigon",
			TestTokens.token("chair.saigon", "79", "26740", "COMMUNE_CHAIR"), "province.hcm",
			TestTokens.token("province.hcm", "79", null, "PROVINCE_OFFICER"), "officer.chaudoc",
			TestTokens.token("officer.chaudoc", "91", "30316", "COMMUNE_OFFICER"));

	private static final Map<String, String> NOT_MANAGING = Map.of("auditor.angiang", AUDITOR, "analyst",
			TestTokens.token("analyst", "91", null, "ANALYST"), "collab.phutan",
			TestTokens.token("collab.phutan", "91", "30406", "COLLABORATOR"));

	private static KafkaProducer<String, String> producer;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "case_alternative_care_it");
	}

	@BeforeAll
	static void startProducer() {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrap());
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
	}

	@AfterAll
	static void stopProducer() {
		producer.close();
	}

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private ObjectMapper objectMapper;

	@Test
	void aReportedChildIsFoundToNeedAlternativeCareAndMatchingServicesPlacementShowsOnTheCase() throws Exception {
		String caseId = assessedCase();
		String childId = childOf(caseId);
		String needId = identifyNeed(caseId, childId);

		ResponseEntity<Map> incomplete = post(CHAIR, caseId, "needs/" + needId + "/confirm", null);
		assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(incomplete.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		String child = "children[" + childId + "].";
		assertThat(fields(incomplete)).containsExactly(child + "birthCertificateOrId", child + "healthRecord",
				child + "photos", child + "assessmentForm10", child + "consent", child + "childOpinion");
		Map<String, Object> missing = awaitRead(OFFICER, caseId, view -> !needs(view).isEmpty());
		assertThat((List<?>) needs(missing).get(0).get("unmetToday")).hasSize(6);

		completeChecklist(caseId, needId, childId);
		ResponseEntity<Map> relative = post(OFFICER, caseId, "relatives", grandmother("91", "30406"));
		assertThat(relative.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<Map> nowhere = post(OFFICER, caseId, "relatives", grandmother("91", "26740"));
		assertThat(nowhere.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(nowhere)).containsExactly("communeCode");

		ResponseEntity<Map> confirmed = post(CHAIR, caseId, "needs/" + needId + "/confirm",
				Map.of("note", "Đủ điều kiện theo Điều 5."));
		assertThat(confirmed.getStatusCode()).as("%s", confirmed.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(confirmed.getBody()).containsEntry("status", "ELIGIBLE");
		ResponseEntity<Map> twice = post(CHAIR, caseId, "needs/" + needId + "/confirm", null);
		assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) twice.getBody().get("detail")).contains("ELIGIBLE");

		ConsumerRecord<String, String> needed = awaitPublished(needId, AlternativeCareNeededV1.TYPE);
		assertThat(needed.key()).isEqualTo(needId);
		assertThat(header(needed, CloudEventHeaders.CE_SPECVERSION)).isEqualTo("1.0");
		assertThat(header(needed, CloudEventHeaders.CE_ID)).isNotBlank();
		assertThat(header(needed, CloudEventHeaders.CE_SOURCE)).isEqualTo("/kinbridge/" + APPLICATION);
		assertThat(header(needed, CloudEventHeaders.CE_SUBJECT)).isEqualTo(needId);
		assertThat(header(needed, CloudEventHeaders.CE_TIME)).isNotBlank();
		assertThat(header(needed, CloudEventHeaders.CE_PROVINCE)).isEqualTo("91");
		assertThat(header(needed, CloudEventHeaders.CE_ACTOR)).isEqualTo("chair.phutan");
		assertThat(header(needed, CloudEventHeaders.CE_CORRELATIONID)).isNotBlank();
		assertThat(header(needed, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
		AlternativeCareNeededV1 profile = this.objectMapper.readValue(needed.value(), AlternativeCareNeededV1.class);
		assertThat(profile.caseId()).isEqualTo(caseId);
		assertThat(profile.child().childId()).isEqualTo(childId);
		assertThat(profile.child().languages()).containsExactly("vi", "km");
		assertThat(profile.eligibility().childOpinionObtained()).isTrue();
		assertThat(profile.relatives()).singleElement()
			.satisfies(kin -> assertThat(kin.relation()).isEqualTo("GRANDPARENT"));
		assertThat(needed.value()).doesNotContain("Nguyễn Văn An", "Lê Thị Sáu", "0918 111 222", "Trần Văn Tư");

		String placementId = "pl-" + UUID.randomUUID();
		String decidedId = "evt-" + UUID.randomUUID();
		String startedId = "evt-" + UUID.randomUUID();
		LocalDate handedOver = LocalDate.now(VIETNAM);
		publish(PlacementDecidedV1.TYPE, decidedId,
				placement(PlacementDecidedV1.TYPE, placementId, caseId, needId, childId));
		publish(PlacementStartedV1.TYPE, startedId,
				placement(PlacementStartedV1.TYPE, placementId, caseId, needId, childId).put("startedOn",
						handedOver.toString()));

		// The start and the watch for the 16th birthday are two events: the view may show
		// one
		// before the other.
		Map<String, Object> placed = awaitRead(OFFICER, caseId, view -> arrangements(view).stream()
			.anyMatch(
					arrangement -> "PLACED".equals(arrangement.get("status")) && arrangement.get("turns16On") != null));
		Map<String, Object> arrangement = arrangements(placed).get(0);
		assertThat(arrangement).containsEntry("childId", childId)
			.containsEntry("placementId", placementId)
			.containsEntry("caregiverId", "cg-7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d")
			.containsEntry("careType", "KINSHIP")
			.containsEntry("decisionNumber", "125/QĐ-UBND")
			.containsEntry("placedSince", handedOver.toString())
			.containsEntry("turns16On", "2032-03-02");
		assertThat(history(placed)).filteredOn(step -> step.get("inputEventId") != null)
			.extracting(step -> step.get("type"), step -> step.get("inputEventId"))
			.containsExactly(tuple("PlacementDecisionRecorded", decidedId), tuple("PlacementStartRecorded", startedId));
		assertThat(relatives(placed)).singleElement()
			.satisfies(kin -> assertThat(kin.get("details").toString()).contains("Lê Thị Sáu"));

		Map<String, Object> file = awaitCase(caseId, summary -> summary.get("alternativeCare") != null
				&& ((Map<String, Object>) summary.get("alternativeCare")).get("children").toString().contains("PLACED")
				&& deadline(summary, "CHILD_TURNS_16_IN_CARE:" + childId).isPresent());
		Map<String, Object> block = (Map<String, Object>) file.get("alternativeCare");
		assertThat(block).containsEntry("openNeeds", 1);
		assertThat((List<Map<String, Object>>) block.get("children")).singleElement()
			.satisfies(inCare -> assertThat(inCare).containsEntry("arrangement", "PLACED")
				.containsEntry("needStatus", "ELIGIBLE")
				.containsEntry("turned16InCare", false));
		Map<String, Object> turning16 = deadline(file, "CHILD_TURNS_16_IN_CARE:" + childId).orElseThrow();
		assertThat(Instant.parse((String) turning16.get("dueAt"))).isEqualTo(Instant.parse("2032-03-01T17:00:00Z"));

		List<Map<String, Object>> reads = getList(AUDITOR, "/api/cases/access-records?caseId=" + caseId);
		assertThat(reads)
			.anySatisfy(read -> assertThat(read).containsEntry("endpoint", "GET /api/cases/{caseId}/alternative-care")
				.containsEntry("userId", "officer.phutan"));

		ResponseEntity<Map> closed = this.http.exchange("/api/cases/" + caseId + "/close", HttpMethod.POST,
				new HttpEntity<>(Map.of("reason", "MOVED_AWAY", "details", "Chuyển về ở hẳn với bà nội ở tỉnh khác."),
						headers(OFFICER)),
				Map.class);
		assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
		ConsumerRecord<String, String> ended = awaitPublished(needId, AlternativeCareNeedEndedV1.TYPE);
		assertThat(this.objectMapper.readValue(ended.value(), AlternativeCareNeedEndedV1.class).reason())
			.isEqualTo("CASE_CLOSED");
	}

	@Test
	void aPlacementEventAboutACaseThatDoesNotExistGoesToTheDeadLetterTopic() throws Exception {
		String eventId = "evt-" + UUID.randomUUID();
		publish(PlacementStartedV1.TYPE, eventId,
				placement(PlacementStartedV1.TYPE, "pl-" + UUID.randomUUID(), "case-404", "need-404", "child-404"));

		ConsumerRecord<String, String> parked = await().atMost(Duration.ofSeconds(30))
			.until(() -> find(Topics.deadLetterOf(Topics.MATCHING_EVENTS),
					record -> eventId.equals(header(record, CloudEventHeaders.CE_ID))), Optional::isPresent)
			.get();
		assertThat(header(parked, "kafka_dlt-exception-message")).contains("case-404");
	}

	@Test
	void everyEndpointHidesTheCaseFromAnotherProvinceOrCommuneAndIsClosedToThoseWhoDoNotManageCases() {
		String caseId = assessedCase();
		String childId = childOf(caseId);
		String needId = identifyNeed(caseId, childId);
		String relativeId = (String) post(OFFICER, caseId, "relatives", grandmother("91", "30406")).getBody()
			.get("relativeId");
		Map<String, Object> consent = Map.of("childId", childId, "basis", "LEGAL_EXCEPTION", "legalGround",
				"Luật Trẻ em 2016, Điều 62");
		Map<String, Map<String, Object>> commands = new LinkedHashMap<>();
		commands.put("needs", need(childId));
		commands.put("needs/" + needId + "/dossier",
				Map.of("childId", childId, "item", "HEALTH_RECORD", "evidenceRef", "SK-1"));
		commands.put("needs/" + needId + "/consent", consent);
		commands.put("needs/" + needId + "/child-opinion", Map.of("childId", childId, "obtainedOn",
				LocalDate.now(VIETNAM).toString(), "summary", "Em đồng ý.", "agrees", true));
		commands.put("needs/" + needId + "/confirm", Map.of());
		commands.put("needs/" + needId + "/end", Map.of("reason", "NO_LONGER_NEEDED"));
		commands.put("relatives", grandmother("91", "30406"));

		for (Map.Entry<String, String> caller : OTHER_PROVINCE.entrySet()) {
			assertThat(get(caller.getValue(), "/api/cases/" + caseId + "/alternative-care").getStatusCode())
				.as("GET by %s", caller.getKey())
				.isEqualTo(HttpStatus.NOT_FOUND);
			commands.forEach((path, body) -> assertThat(post(caller.getValue(), caseId, path, body).getStatusCode())
				.as("POST %s by %s", path, caller.getKey())
				.isEqualTo(HttpStatus.NOT_FOUND));
			assertThat(put(caller.getValue(), caseId, "relatives/" + relativeId, grandmother("91", "30406"))
				.getStatusCode()).as("PUT by %s", caller.getKey()).isEqualTo(HttpStatus.NOT_FOUND);
		}
		for (Map.Entry<String, String> caller : NOT_MANAGING.entrySet()) {
			commands.forEach((path, body) -> assertThat(post(caller.getValue(), caseId, path, body).getStatusCode())
				.as("POST %s by %s", path, caller.getKey())
				.isEqualTo(HttpStatus.FORBIDDEN));
			assertThat(put(caller.getValue(), caseId, "relatives/" + relativeId, grandmother("91", "30406"))
				.getStatusCode()).as("PUT by %s", caller.getKey()).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(get(AUDITOR, "/api/cases/" + caseId + "/alternative-care").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get(NOT_MANAGING.get("analyst"), "/api/cases/" + caseId + "/alternative-care").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(get(NOT_MANAGING.get("collab.phutan"), "/api/cases/" + caseId + "/alternative-care").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post(OFFICER, caseId, "needs/" + needId + "/consent", consent).getStatusCode())
			.as("the case's own officer still may")
			.isEqualTo(HttpStatus.OK);
	}

	private String assessedCase() {
		Map<String, Object> body = Map.of("channel", "HOTLINE_111", "receivedAt",
				OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).toString(), "reporter",
				Map.of("anonymous", false, "name", "Trần Thị Lan", "phone", "0912 345 678"), "communeCode", "30406",
				"summary", "Em ở nhà một mình sau khi mẹ mất.", "children",
				List.of(Map.of("fullName", "Nguyễn Văn An", "sex", "MALE", "dateOfBirth", "2016-03-02", "language",
						"vi", "concerns", List.of("NEGLECT_OR_ABANDONMENT"))));
		ResponseEntity<Map> opened = this.http.exchange("/api/cases/reports", HttpMethod.POST,
				new HttpEntity<>(body, headers(OFFICER)), Map.class);
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String caseId = (String) opened.getBody().get("caseId");
		ResponseEntity<Map> assessed = this.http.exchange("/api/cases/" + caseId + "/initial-assessment",
				HttpMethod.POST,
				new HttpEntity<>(
						Map.of("riskLevel", "HIGH", "seriousHarm", false, "findings", "Không còn ai chăm sóc em."),
						headers(OFFICER)),
				Map.class);
		assertThat(assessed.getStatusCode()).isEqualTo(HttpStatus.OK);
		return caseId;
	}

	private String childOf(String caseId) {
		Map<String, Object> file = awaitCase(caseId, summary -> summary.get("children") != null);
		return (String) ((List<Map<String, Object>>) file.get("children")).get(0).get("childId");
	}

	private String identifyNeed(String caseId, String childId) {
		ResponseEntity<Map> identified = post(OFFICER, caseId, "needs", need(childId));
		assertThat(identified.getStatusCode()).as("%s", identified.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(identified.getBody()).containsEntry("status", "IDENTIFIED");
		return (String) identified.getBody().get("needId");
	}

	private static Map<String, Object> need(String childId) {
		return Map.of("childIds", List.of(childId), "category", "ORPHANED_OR_ABANDONED", "reason",
				"Mẹ mất, cha không rõ tung tích; không ai nuôi em.", "legalBasis",
				"Luật Trẻ em 2016, Điều 62; Thông tư 14/2020, Điều 5", "careTypesSought", List.of("KINSHIP"),
				"profiles", List.of(Map.of("childId", childId, "languages", List.of("km"))));
	}

	private void completeChecklist(String caseId, String needId, String childId) {
		LocalDate today = LocalDate.now(VIETNAM);
		String path = "needs/" + needId + "/dossier";
		for (String item : List.of("BIRTH_CERTIFICATE_OR_ID", "HEALTH_RECORD", "ASSESSMENT_FORM_10")) {
			assertThat(post(OFFICER, caseId, path, Map.of("childId", childId, "item", item, "evidenceRef", item + "-1"))
				.getStatusCode()).isEqualTo(HttpStatus.OK);
		}
		ResponseEntity<Map> photos = post(OFFICER, caseId, path, Map.of("childId", childId, "item", "PHOTOS",
				"evidenceRef", "ANH-1", "takenOn", today.minusDays(3).toString()));
		assertThat(photos.getBody()).containsEntry("status", "DOSSIER_COMPLETE");
		assertThat(
				post(OFFICER, caseId, "needs/" + needId + "/consent",
						Map.of("childId", childId, "basis", "GUARDIAN_CONSENT", "givenBy", "Trần Văn Tư",
								"givenByRelation", "bác ruột", "documentRef", "DY-2026-17"))
					.getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(post(OFFICER, caseId, "needs/" + needId + "/child-opinion", Map.of("childId", childId, "obtainedOn",
				today.toString(), "summary", "Em muốn ở với bà nội.", "agrees", true))
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private static Map<String, Object> grandmother(String provinceCode, String communeCode) {
		Map<String, Object> relative = new HashMap<>();
		relative.putAll(Map.of("fullName", "Lê Thị Sáu", "relation", "GRANDPARENT", "phone", "0918 111 222",
				"provinceCode", provinceCode, "communeCode", communeCode, "conditionsAssessment", "Khỏe, có nhà riêng.",
				"notifiedOn", LocalDate.now(VIETNAM).toString(), "notifiedBy", "officer.phutan", "response",
				"WILLING"));
		return relative;
	}

	private ObjectNode placement(String type, String placementId, String caseId, String needId, String childId)
			throws Exception {
		try (InputStream in = EventTypes.find(type).orElseThrow().openSample()) {
			return ((ObjectNode) this.objectMapper.readTree(in)).put("placementId", placementId)
				.put("caseId", caseId)
				.put("needId", needId)
				.put("childId", childId);
		}
	}

	/** As matching-service publishes: CloudEvents headers, keyed by the placement. */
	private static void publish(String type, String eventId, ObjectNode data) throws Exception {
		String placementId = data.get("placementId").asText();
		ProducerRecord<String, String> record = new ProducerRecord<>(Topics.MATCHING_EVENTS, placementId,
				data.toString());
		Map.of(CloudEventHeaders.CE_SPECVERSION, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.CE_ID, eventId,
				CloudEventHeaders.CE_TYPE, type, CloudEventHeaders.CE_SOURCE, "/kinbridge/matching-service",
				CloudEventHeaders.CE_SUBJECT, placementId, CloudEventHeaders.CE_TIME, Instant.now().toString(),
				CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON_CONTENT_TYPE, CloudEventHeaders.CE_PROVINCE,
				"91", CloudEventHeaders.CE_ACTOR, "chair.phutan", CloudEventHeaders.CE_CORRELATIONID, "corr-" + eventId)
			.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		producer.send(record).get();
	}

	private static List<Object> fields(ResponseEntity<Map> response) {
		return ((List<Map<String, Object>>) response.getBody().get("errors")).stream()
			.map(error -> error.get("field"))
			.toList();
	}

	private static List<Map<String, Object>> needs(Map<String, Object> view) {
		return (List<Map<String, Object>>) view.get("needs");
	}

	private static List<Map<String, Object>> arrangements(Map<String, Object> view) {
		return (List<Map<String, Object>>) view.get("arrangements");
	}

	private static List<Map<String, Object>> relatives(Map<String, Object> view) {
		return (List<Map<String, Object>>) view.get("relatives");
	}

	private static List<Map<String, Object>> history(Map<String, Object> view) {
		return (List<Map<String, Object>>) view.get("history");
	}

	private static Optional<Map<String, Object>> deadline(Map<String, Object> file, String kind) {
		return ((List<Map<String, Object>>) file.get("deadlines")).stream()
			.filter(deadline -> kind.equals(deadline.get("kind")))
			.findFirst();
	}

	private Map<String, Object> awaitCase(String caseId, Predicate<Map<String, Object>> condition) {
		return awaitGet(OFFICER, "/api/cases/" + caseId, condition);
	}

	private Map<String, Object> awaitRead(String token, String caseId, Predicate<Map<String, Object>> condition) {
		return awaitGet(token, "/api/cases/" + caseId + "/alternative-care", condition);
	}

	private Map<String, Object> awaitGet(String token, String path, Predicate<Map<String, Object>> condition) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			ResponseEntity<Map> response = get(token, path);
			return (response.getStatusCode() == HttpStatus.OK) ? (Map<String, Object>) response.getBody() : null;
		}, found -> found != null && condition.test(found));
	}

	private List<Map<String, Object>> getList(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), List.class).getBody();
	}

	private ResponseEntity<Map> get(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), Map.class);
	}

	private ResponseEntity<Map> post(String token, String caseId, String path, Object body) {
		return this.http.exchange("/api/cases/" + caseId + "/alternative-care/" + path, HttpMethod.POST,
				new HttpEntity<>(body, headers(token)), Map.class);
	}

	private ResponseEntity<Map> put(String token, String caseId, String path, Object body) {
		return this.http.exchange("/api/cases/" + caseId + "/alternative-care/" + path, HttpMethod.PUT,
				new HttpEntity<>(body, headers(token)), Map.class);
	}

	private static HttpHeaders headers(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBearerAuth(token);
		return headers;
	}

}
