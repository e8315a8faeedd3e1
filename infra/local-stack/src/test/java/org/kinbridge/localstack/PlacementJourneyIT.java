package org.kinbridge.localstack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kinbridge.localstack.StackUnderTest.STARTUP;

/**
 * The platform's core story on the real launcher, Kafka and all three services, through
 * the gateway only: a caregiver is vetted and found eligible, a child is found to need
 * alternative care, and the child is placed with that caregiver; case-service and
 * family-service then learn of the placement from Kafka alone.
 */
class PlacementJourneyIT {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Kafka hops between three services on a shared machine: minutes, not seconds. */
	private static final Duration DELIVERY = Duration.ofMinutes(3);

	private static final String OFFICER = "officer.phutan";

	private static final String CHAIR = "chair.phutan";

	private static final String PROVINCE = "province.angiang";

	private static final String OTHER_PROVINCE = "officer.saigon";

	private static final String AUDITOR = "auditor.angiang";

	private static final String OTHER_AUDITOR = "auditor.hcm";

	@TempDir
	Path dataDir;

	private Gateway gateway;

	/** The shortlist the placement was proposed from, which the auditor recomputes. */
	private String shortlistId;

	/**
	 * Days a service checks against its own "today": the services check in Vietnam's
	 * time, bean validation in the JVM's zone, so days before today suit both.
	 */
	private final LocalDate today = LocalDate.now(VIETNAM);

	@Test
	void takesAChildFromNeedToAnActivePlacementThatCaseAndFamilyServicesLearnOverKafka() throws Exception {
		Path launcherJar = StackUnderTest.launcherJarWithBuiltServices();
		Map<String, String> env = StackUnderTest.environment(this.dataDir);
		this.gateway = StackUnderTest.gateway(env, this.dataDir);
		try (LauncherProcess stack = LauncherProcess.start(StackUnderTest.ROOT, launcherJar, env,
				this.dataDir.resolve("launcher.out"))) {
			stack.awaitOutput(LocalStack.READY, STARTUP);

			String caregiverId = EligibleCaregiver.register(this.gateway, this.today);
			Child child = reportChildNeedingAlternativeCare();
			awaitMatchingView(child, caregiverId);
			String placementId = place(child, caregiverId);

			awaitCaseShowsChildPlaced(child, caregiverId);
			awaitFamilyShowsPlaceTaken(caregiverId, placementId);
			assertOtherProvinceSeesNothing(child, caregiverId, placementId);
			assertAuditorReplaysAndVerifiesTheStory(child);

			stack.terminate(Duration.ofMinutes(2));
		}
	}

	/**
	 * A new report of a ten-year-old, the initial assessment the rules require first, the
	 * need, every checklist item (the child is old enough to be heard), and the
	 * confirmation that publishes the need.
	 */
	private Child reportChildNeedingAlternativeCare() {
		String receivedAt = OffsetDateTime.now(VIETNAM).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
		String born = this.today.minusYears(10).minusMonths(3).toString();
		String caseId = this.gateway.post("/api/cases/reports", OFFICER, """
				{"channel": "COMMUNE_OFFICE", "receivedAt": "%s",
				 "reporter": {"anonymous": false, "name": "Trần Thị Lan"}, "communeCode": "30406",
				 "summary": "Mẹ em mất, cha đi làm xa không liên lạc được; em ở một mình.",
				 "children": [{"fullName": "Nguyễn Thị Ngọc", "sex": "FEMALE", "dateOfBirth": "%s",
				               "ethnicity": "KINH", "religion": "HOA_HAO", "language": "vi",
				               "concerns": ["NEGLECT_OR_ABANDONMENT"]}]}""".formatted(receivedAt, born))
			.expect(201)
			.path("caseId")
			.asText();
		String path = "/api/cases/" + caseId;
		String childId = read("the new case", path,
				(found) -> assertThat(found.path("children").path(0).path("childId").asText()).isNotBlank())
			.path("children")
			.path(0)
			.path("childId")
			.asText();

		this.gateway.post(path + "/initial-assessment", OFFICER, """
				{"riskLevel": "HIGH", "seriousHarm": false,
				 "findings": "Em không có người chăm sóc; họ hàng ở xa không nhận nuôi."}""").expect(200);
		String ac = path + "/alternative-care";
		String needId = this.gateway.post(ac + "/needs", OFFICER, """
				{"childIds": ["%s"], "category": "ORPHANED_OR_ABANDONED",
				 "reason": "Mẹ mất, cha không liên lạc được.",
				 "legalBasis": "Luật Trẻ em 2016, Điều 62; Thông tư 14/2020, Điều 5",
				 "careTypesSought": ["NON_RELATIVE", "EMERGENCY"],
				 "profiles": [{"childId": "%s", "languages": ["vi"]}]}""".formatted(childId, childId))
			.expect(201)
			.path("needId")
			.asText();
		String need = ac + "/needs/" + needId;
		JsonNode unmet = this.gateway.post(need + "/confirm", CHAIR, "{}").expect(422).path("errors");
		assertThat(unmet).as("what the empty checklist misses").isNotEmpty();

		for (String item : new String[] { "BIRTH_CERTIFICATE_OR_ID", "HEALTH_RECORD", "ASSESSMENT_FORM_10" }) {
			this.gateway.post(need + "/dossier", OFFICER, """
					{"childId": "%s", "item": "%s", "evidenceRef": "HS-%s"}""".formatted(childId, item, item))
				.expect(200);
		}
		this.gateway
			.post(need + "/dossier", OFFICER,
					"""
							{"childId": "%s", "item": "PHOTOS", "evidenceRef": "ANH-1", "takenOn": "%s"}"""
						.formatted(childId, this.today.minusDays(2)))
			.expect(200);
		this.gateway.post(need + "/consent", OFFICER, """
				{"childId": "%s", "basis": "GUARDIAN_CONSENT", "givenBy": "Nguyễn Văn Tư",
				 "givenByRelation": "chú ruột", "documentRef": "DY-2026-31"}""".formatted(childId)).expect(200);
		this.gateway.post(need + "/child-opinion", OFFICER, """
				{"childId": "%s", "obtainedOn": "%s", "summary": "Em đồng ý ở với một gia đình trong xã.",
				 "agrees": true}""".formatted(childId, this.today.minusDays(1))).expect(200);

		JsonNode confirmed = this.gateway.post(need + "/confirm", CHAIR, """
				{"note": "Đủ điều kiện theo Điều 5."}""").expect(200);
		assertThat(confirmed.path("status").asText()).as("the need after confirmation: %s", confirmed)
			.isEqualTo("ELIGIBLE");
		return new Child(caseId, childId, needId);
	}

	/** matching-service knows both only from Kafka: family and case events. */
	private void awaitMatchingView(Child child, String caregiverId) {
		await("the waiting child in matching-service's view").atMost(DELIVERY)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> {
				JsonNode waiting = this.gateway.get("/api/matching/children/" + child.needId(), OFFICER).expect(200);
				assertThat(waiting.path("state").asText()).isEqualTo("WAITING");
			});
		await("the eligible caregiver in matching-service's view").atMost(DELIVERY)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> {
				JsonNode candidate = candidate(caregiverId);
				assertThat(candidate.path("state").asText()).as("state of %s", candidate).isEqualTo("ELIGIBLE");
				assertThat(candidate.path("freeCapacity").asInt()).as("free places of %s", candidate).isEqualTo(2);
			});
	}

	/**
	 * Shortlist, proposal by the officer, the caregiver's consent, the child's opinion
	 * (required before the decision at ten), the chair's decision and the handover.
	 */
	private String place(Child child, String caregiverId) {
		JsonNode shortlist = this.gateway
			.post("/api/matching/children/" + child.needId() + "/shortlists", OFFICER, "{}")
			.expect(201);
		JsonNode listed = null;
		for (JsonNode candidate : shortlist.path("candidates")) {
			if (candidate.path("caregiverId").asText().equals(caregiverId)) {
				listed = candidate;
			}
		}
		assertThat(listed).as("caregiver %s on the shortlist %s", caregiverId, shortlist).isNotNull();
		this.shortlistId = shortlist.path("id").asText();

		String placementId = this.gateway
			.post("/api/matching/placements", OFFICER, """
					{"needId": "%s", "caregiverId": "%s", "careType": "NON_RELATIVE", "shortlistId": "%s", "rank": %d,
					 "reason": "Cùng xã, cùng dân tộc và tôn giáo; gia đình đã được xét duyệt."}"""
				.formatted(child.needId(), caregiverId, shortlist.path("id").asText(), listed.path("rank").asInt()))
			.expect(201)
			.path("placementId")
			.asText();
		String placement = "/api/matching/placements/" + placementId;
		String day = this.today.toString();
		this.gateway.post(placement + "/caregiver-consent", OFFICER, """
				{"consentedOn": "%s", "note": "Chị Hạnh đồng ý nhận chăm sóc."}""".formatted(day)).expect(200);

		String decision = """
				{"decisionNumber": "131/QĐ-UBND", "reason": "Gia đình đủ điều kiện, trẻ đồng ý.",
				 "legalBasis": "Luật Trẻ em 2016, Điều 62, 63"}""";
		JsonNode unheard = this.gateway.post(placement + "/decision", CHAIR, decision).expect(422);
		assertThat(unheard.path("code").asText()).isEqualTo("placement.child-opinion-required");
		this.gateway.post(placement + "/child-opinion", OFFICER, """
				{"consultedOn": "%s", "opinion": "Em muốn ở với cô Hạnh.", "agrees": true}""".formatted(day))
			.expect(200);
		this.gateway.post(placement + "/decision", OFFICER, decision).expect(403);
		JsonNode decided = this.gateway.post(placement + "/decision", CHAIR, decision).expect(200);
		assertThat(decided.path("state").asText()).isEqualTo("PLACEMENT_DECISION_ISSUED");
		JsonNode handedOver = this.gateway.post(placement + "/handover", OFFICER, """
				{"handedOverOn": "%s", "note": "Bàn giao tại UBND xã."}""".formatted(day)).expect(200);
		assertThat(handedOver.path("state").asText()).isEqualTo("PLACEMENT_ACTIVE");

		JsonNode view = read("the active placement", placement,
				(found) -> assertThat(found.path("state").asText()).isEqualTo("PLACEMENT_ACTIVE"));
		assertThat(view.path("caseId").asText()).isEqualTo(child.caseId());
		assertThat(view.path("childId").asText()).isEqualTo(child.childId());
		assertThat(view.path("caregiverId").asText()).isEqualTo(caregiverId);
		return placementId;
	}

	private void awaitCaseShowsChildPlaced(Child child, String caregiverId) {
		await("case-service shows the child placed").atMost(DELIVERY)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> {
				JsonNode care = this.gateway.get("/api/cases/" + child.caseId(), OFFICER)
					.expect(200)
					.path("alternativeCare")
					.path("children");
				assertThat(care).as("alternativeCare.children").hasSize(1);
				assertThat(care.path(0).path("childId").asText()).isEqualTo(child.childId());
				assertThat(care.path(0).path("arrangement").asText()).isEqualTo("PLACED");
				assertThat(care.path(0).path("caregiverId").asText()).isEqualTo(caregiverId);
			});
	}

	/** family-service takes the place, and matching's own view follows it. */
	private void awaitFamilyShowsPlaceTaken(String caregiverId, String placementId) {
		await("family-service takes a place").atMost(DELIVERY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			JsonNode file = this.gateway.get("/api/families/caregivers/" + caregiverId, OFFICER).expect(200);
			assertThat(file.path("placed").asInt()).as("placed").isEqualTo(1);
			assertThat(file.path("free").asInt()).as("free").isEqualTo(1);
			assertThat(file.path("placements").toString()).as("placements").contains(placementId);
		});
		await("matching-service sees one free place left").atMost(DELIVERY)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(candidate(caregiverId).path("freeCapacity").asInt()).isEqualTo(1));
	}

	/**
	 * Another province's officer gets exactly the answer a missing object gets, while the
	 * An Giang province officer reads the same objects.
	 */
	private void assertOtherProvinceSeesNothing(Child child, String caregiverId, String placementId) {
		for (String path : new String[] { "/api/matching/placements/" + placementId, "/api/cases/" + child.caseId(),
				"/api/cases/" + child.caseId() + "/alternative-care", "/api/families/caregivers/" + caregiverId,
				"/api/matching/children/" + child.needId() }) {
			this.gateway.get(path, PROVINCE).expect(200);
			this.gateway.get(path, OTHER_PROVINCE).expect(404);
		}
	}

	/**
	 * The auditor of the province, through the gateway only: the case's history across
	 * the three services in order, every decision in it proven included in a signed
	 * checkpoint, a signed export that the offline verifier accepts, and the shortlist
	 * recomputed from its recorded inputs. Another province's auditor gets 404.
	 */
	private void assertAuditorReplaysAndVerifiesTheStory(Child child) throws Exception {
		String audit = "/api/audit/cases/" + child.caseId();
		List<String> steps = List.of("org.kinbridge.case.report-received.v1",
				"org.kinbridge.case.initial-assessment-recorded.v1", "org.kinbridge.case.alternative-care-needed.v1",
				"org.kinbridge.matching.placement-proposed.v1", "org.kinbridge.matching.caregiver-consent-recorded.v1",
				"org.kinbridge.matching.child-opinion-recorded.v1", "org.kinbridge.matching.placement-decided.v1",
				"org.kinbridge.matching.placement-started.v1");
		AtomicReference<JsonNode> history = new AtomicReference<>();
		await("the case's history in the audit component").atMost(DELIVERY)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> {
				JsonNode found = this.gateway.get(audit + "/history", AUDITOR).expect(200);
				List<String> types = new ArrayList<>();
				found.path("entries").forEach((entry) -> types.add(entry.path("type").asText()));
				assertThat(types).as("the history's types").containsSubsequence(steps);
				history.set(found);
			});
		long previous = -1;
		for (JsonNode entry : history.get().path("entries")) {
			assertThat(entry.path("position").asLong()).as("positions in order").isGreaterThan(previous);
			previous = entry.path("position").asLong();
			if (entry.path("type").asText().equals("org.kinbridge.matching.placement-decided.v1")) {
				assertThat(entry.path("decision").asBoolean()).isTrue();
				assertThat(entry.path("actor").path("role").asText()).isEqualTo("COMMUNE_CHAIR");
				assertThat(entry.path("legalBasis").asText()).contains("Điều 62");
				assertThat(entry.path("reason").asText()).isNotBlank();
			}
		}
		await("every decision of the case covered by a signed checkpoint").atMost(DELIVERY)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> {
				JsonNode verification = this.gateway.get(audit + "/verification", AUDITOR).expect(200);
				assertThat(verification.path("verified").asBoolean()).as("verification %s", verification).isTrue();
				assertThat(verification.path("entries")).isNotEmpty()
					.allSatisfy((entry) -> assertThat(entry.path("included").asBoolean()).isTrue());
			});

		Path document = this.dataDir.resolve("case-export.json");
		Files.writeString(document, this.gateway.get(audit + "/export?format=json", AUDITOR).text(),
				StandardCharsets.UTF_8);
		Path publicKey = this.dataDir.resolve("local").resolve("audit").resolve("audit-public-key.pem");
		assertThat(verifier("verify-document", "--document", document.toString(), "--public-key", publicKey.toString()))
			.as("the verifier on the signed export")
			.isZero();

		JsonNode recomputed = this.gateway
			.get("/api/matching/children/" + child.needId() + "/shortlists/" + this.shortlistId + "/recompute", AUDITOR)
			.expect(200);
		assertThat(recomputed.path("identical").asBoolean()).as("recomputed %s", recomputed).isTrue();

		this.gateway.get(audit + "/history", OTHER_AUDITOR).expectProblem(404);
		this.gateway.get(audit + "/history", OFFICER).expectProblem(403);
	}

	/** Runs the offline verifier jar as an auditor would, and gives its exit status. */
	private int verifier(String... arguments) throws Exception {
		Path jar = StackUnderTest.ROOT.resolve("infra/audit-log/target/kinbridge-audit-verify.jar");
		List<String> command = new ArrayList<>(
				List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dataDir.resolve("verifier.out").toFile())
			.start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the verifier finished").isTrue();
		return process.exitValue();
	}

	/**
	 * What the officer reads once the service's read model has caught up with a command
	 * it already answered.
	 */
	private JsonNode read(String what, String path, Consumer<JsonNode> expectation) {
		AtomicReference<JsonNode> read = new AtomicReference<>();
		await(what).atMost(DELIVERY).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			JsonNode found = this.gateway.get(path, OFFICER).expect(200);
			expectation.accept(found);
			read.set(found);
		});
		return read.get();
	}

	/** The caregiver as matching-service's own view has it, or a missing node. */
	private JsonNode candidate(String caregiverId) {
		for (JsonNode candidate : this.gateway.list("/api/matching/caregivers", OFFICER)) {
			if (candidate.path("caregiverId").asText().equals(caregiverId)) {
				return candidate;
			}
		}
		return MissingNode.getInstance();
	}

	private record Child(String caseId, String childId, String needId) {
	}

}
