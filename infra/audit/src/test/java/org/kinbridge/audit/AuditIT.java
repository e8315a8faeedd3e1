package org.kinbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinbridge.auditlog.checkpoint.Ed25519Keys;
import org.kinbridge.auditlog.document.SignedDocuments;
import org.kinbridge.auditlog.verify.AuditVerifier;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.testkit.SharedInfrastructure;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit component on a real Kafka broker and MongoDB wire server: CloudEvents
 * published on the three topics become histories, decisions become log leaves whose
 * checkpoints appear on the checkpoint topic, and what the API serves passes the
 * auditor's verifier.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=audit-it", "kinbridge.audit.checkpoint-every-appends=1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditIT {

	private static final Path KEYS = temporaryFolder();

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Publisher publisher = new Publisher();

	private final String caseId = "case-" + this.publisher.run();

	private final String caregiverId = "cg-" + this.publisher.run();

	private final String otherCaseId = "case-79-" + this.publisher.run();

	private final String auditor = TestTokens.token("auditor.91", "91", null, "AUDITOR");

	private String decisionId;

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private AccessLog accessLog;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "audit_it");
		registry.add("kinbridge.audit.signing-key", () -> KEYS.resolve("signing-key.pem").toString());
	}

	@BeforeAll
	void publishAPlacementJourneyInEachProvince() {
		this.decisionId = this.publisher.placementJourney("91", this.caseId, this.caregiverId);
		this.publisher.placementJourney("79", this.otherCaseId, "cg-79-" + this.publisher.run());
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			ResponseEntity<JsonNode> verification = get(this.auditor,
					"/api/audit/cases/" + this.caseId + "/verification");
			return verification.getStatusCode() == HttpStatus.OK && verification.getBody().path("entries").size() == 3
					&& verification.getBody().path("verified").asBoolean();
		});
	}

	@AfterAll
	void close() {
		this.publisher.close();
	}

	@Test
	void theHistoryOfACaseHoldsItsEventsFromAllThreeServicesInOrder() {
		JsonNode history = get(this.auditor, "/api/audit/cases/" + this.caseId + "/history").getBody();

		assertThat(history.path("caseId").asText()).isEqualTo(this.caseId);
		assertThat(history.path("provinceCode").asText()).isEqualTo("91");
		List<String> types = new ArrayList<>();
		history.path("entries").forEach((entry) -> types.add(entry.path("type").asText()));
		assertThat(types).containsExactlyInAnyOrder("org.kinbridge.case.report-received.v1",
				"org.kinbridge.case.alternative-care-needed.v1", "org.kinbridge.matching.placement-proposed.v1",
				"org.kinbridge.matching.placement-decided.v1");
		JsonNode decided = entry(history, this.decisionId);
		assertThat(decided.path("actor").path("userId").asText()).isEqualTo("chair.91");
		assertThat(decided.path("actor").path("role").asText()).isEqualTo("COMMUNE_CHAIR");
		assertThat(decided.path("reason").asText()).isEqualTo("Bà ngoại đủ điều kiện");
		assertThat(decided.path("legalBasis").asText()).isEqualTo("Luật Trẻ em 2016, Điều 62, 63");
		assertThat(decided.path("inputs").path("decisionNumber").asText()).isEqualTo("125/QĐ-UBND");
		assertThat(decided.path("decision").asBoolean()).isTrue();
		assertThat(decided.path("leafIndex").isIntegralNumber()).isTrue();
		assertThat(decided.path("data").path("caregiverId").asText()).isEqualTo(this.caregiverId);
		assertThat(this.accessLog.find("91", "case", this.caseId, "auditor.91", 0, 10).getTotalElements()).isPositive();
	}

	@Test
	void theHistoryOfACaregiverHoldsItsFamilyEventsAndTheMatchingEventsNamingIt() {
		JsonNode history = get(this.auditor, "/api/audit/caregivers/" + this.caregiverId + "/history").getBody();

		List<String> types = new ArrayList<>();
		history.path("entries").forEach((entry) -> types.add(entry.path("type").asText()));
		assertThat(types).containsExactlyInAnyOrder("org.kinbridge.family.caregiver-registered.v1",
				"org.kinbridge.family.caregiver-approved.v1", "org.kinbridge.matching.placement-proposed.v1",
				"org.kinbridge.matching.placement-decided.v1");
	}

	@Test
	void anotherProvincesCaseIsNotFoundButANationalAuditorReadsIt() {
		String national = TestTokens.tokenWithClaims(Map.of("audit_scope", "national"), "auditor.national", "91", null,
				"AUDITOR");

		assertThat(get(this.auditor, "/api/audit/cases/" + this.otherCaseId + "/history").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(this.auditor, "/api/audit/logs/79/checkpoints").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<JsonNode> read = get(national, "/api/audit/cases/" + this.otherCaseId + "/history");
		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read.getBody().path("provinceCode").asText()).isEqualTo("79");
		assertThat(get(national, "/api/audit/logs/79/checkpoints/latest").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void noRoleButAuditorReachesIt() {
		String officer = TestTokens.token("officer.91", "91", null, "PROVINCE_OFFICER");
		String nationalOfficer = TestTokens.tokenWithClaims(Map.of("audit_scope", "national"), "officer.91", "91", null,
				"PROVINCE_OFFICER");

		assertThat(get(officer, "/api/audit/cases/" + this.caseId + "/history").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(get(nationalOfficer, "/api/audit/logs/79/checkpoints").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void everyDecisionOfTheCaseIsProvenIncludedInTheLatestSignedCheckpoint() {
		JsonNode verification = get(this.auditor, "/api/audit/cases/" + this.caseId + "/verification").getBody();

		assertThat(verification.path("verified").asBoolean()).isTrue();
		assertThat(verification.path("checkpoint").path("origin").asText()).isEqualTo("kinbridge/province/91");
		assertThat(verification.path("checkpoint").path("note").asText()).startsWith("kinbridge/province/91\n");
		verification.path("entries").forEach((entry) -> assertThat(entry.path("included").asBoolean()).isTrue());
	}

	@Test
	void theSignedExportsVerifyWithThePublicKey() throws Exception {
		java.security.PublicKey key = Ed25519Keys.readPublicKey(KEYS.resolve("audit-public-key.pem"));
		ResponseEntity<byte[]> json = getBytes("/api/audit/cases/" + this.caseId + "/export?format=json");
		ResponseEntity<byte[]> pdf = getBytes("/api/audit/cases/" + this.caseId + "/export?format=pdf");

		assertThat(SignedDocuments.verify(json.getBody(), key)).startsWith("verified: JSON document");
		assertThat(JSON.readTree(json.getBody()).path("document").path("entries").size()).isEqualTo(4);
		assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(SignedDocuments.verify(pdf.getBody(), key)).startsWith("verified: PDF document");
	}

	@Test
	void theLogExportCheckpointsAndProofsPassTheVerifierJar() throws Exception {
		Path dir = Files.createTempDirectory(KEYS, "verify");
		Files.copy(KEYS.resolve("audit-public-key.pem"), dir.resolve("key.pem"));
		JsonNode checkpoints = get(this.auditor, "/api/audit/logs/91/checkpoints").getBody();
		JsonNode latest = get(this.auditor, "/api/audit/logs/91/checkpoints/latest").getBody();
		Files.writeString(dir.resolve("first.txt"), checkpoints.get(0).path("note").asText());
		Files.writeString(dir.resolve("latest.txt"), latest.path("note").asText());
		String export = new String(getBytes("/api/audit/logs/91/export").getBody(), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("events.jsonl"), export);
		String line = export.lines()
			.filter((text) -> text.contains("\"id\":\"" + this.decisionId + "\""))
			.findFirst()
			.orElseThrow();
		Files.writeString(dir.resolve("event.json"), line + "\n");
		Files.writeString(dir.resolve("inclusion.json"),
				get(this.auditor, "/api/audit/logs/91/proofs/inclusion?eventId=" + this.decisionId + "&treeSize="
						+ latest.path("treeSize").asLong())
					.getBody()
					.toString());
		Files
			.writeString(dir.resolve("consistency.json"),
					get(this.auditor, "/api/audit/logs/91/proofs/consistency?first="
							+ checkpoints.get(0).path("treeSize") + "&second=" + latest.path("treeSize"))
						.getBody()
						.toString());

		assertThat(verify(dir, "verify-log", "--events", "events.jsonl", "--checkpoint", "latest.txt"))
			.startsWith("0 verified");
		assertThat(verify(dir, "verify-inclusion", "--event", "event.json", "--proof", "inclusion.json", "--checkpoint",
				"latest.txt"))
			.startsWith("0 verified");
		assertThat(verify(dir, "verify-consistency", "--old", "first.txt", "--new", "latest.txt", "--proof",
				"consistency.json"))
			.startsWith("0 verified");
	}

	@Test
	void checkpointsArePublishedOnTheCheckpointTopicKeyedByOrigin() {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrap());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "audit-it-checkpoints-" + this.publisher.run());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of("kinbridge.audit.checkpoints.v1"));
			List<ConsumerRecord<String, String>> seen = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
				return seen.stream().anyMatch((record) -> "kinbridge/province/91".equals(record.key()));
			});
			ConsumerRecord<String, String> record = seen.stream()
				.filter((candidate) -> "kinbridge/province/91".equals(candidate.key()))
				.findFirst()
				.orElseThrow();
			assertThat(record.value()).startsWith("kinbridge/province/91\n").contains("\n— kinbridge-audit-91 ");
		}
	}

	@Test
	void badParametersAreProblemsNamingTheField() {
		ResponseEntity<JsonNode> province = get(this.auditor, "/api/audit/logs/9x/checkpoints");
		ResponseEntity<JsonNode> format = get(this.auditor, "/api/audit/cases/" + this.caseId + "/export?format=xml");
		ResponseEntity<JsonNode> consistency = get(this.auditor,
				"/api/audit/logs/91/proofs/consistency?first=5&second=2");

		assertThat(province.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(province.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(province.getBody().path("errors").get(0).path("field").asText()).isEqualTo("provinceCode");
		assertThat(format.getBody().path("errors").get(0).path("field").asText()).isEqualTo("format");
		assertThat(consistency.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(consistency.getBody().path("errors").get(0).path("field").asText()).isEqualTo("first");
	}

	private static Path temporaryFolder() {
		try {
			Path folder = Files.createTempDirectory("audit-it-KEYS");
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static JsonNode entry(JsonNode history, String eventId) {
		for (JsonNode entry : history.path("entries")) {
			if (entry.path("eventId").asText().equals(eventId)) {
				return entry;
			}
		}
		throw new AssertionError("no entry " + eventId + " in " + history);
	}

	private String verify(Path dir, String... args) {
		List<String> resolved = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			resolved.add((i > 0 && args[i - 1].startsWith("--")) ? dir.resolve(args[i]).toString() : args[i]);
		}
		resolved.add("--public-key");
		resolved.add(dir.resolve("key.pem").toString());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = AuditVerifier.run(resolved.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
		return code + " " + out.toString(StandardCharsets.UTF_8).strip();
	}

	private ResponseEntity<JsonNode> get(String token, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
	}

	private ResponseEntity<byte[]> getBytes(String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(this.auditor);
		ResponseEntity<byte[]> response = this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
				byte[].class);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return response;
	}

}
