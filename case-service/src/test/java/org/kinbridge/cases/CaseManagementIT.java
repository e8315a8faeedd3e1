package org.kinbridge.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.lists.ListedCase;
import org.kinbridge.cases.referral.ReferralView;
import org.kinbridge.platform.audit.AccessRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.junit.jupiter.api.Test;
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
 * API only: a case goes from the report through both assessments, a plan the chair
 * approves, reviews and a revision to closure, and the case file shows each step and its
 * time limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseManagementIT {

	private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	private static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	private static final String CHAIR = TestTokens.token("chair.phutan", "91", "30406", "COMMUNE_CHAIR");

	/** The drafter, who also holds the chair's role: still not allowed to decide. */
	private static final String DRAFTER_AS_CHAIR = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_CHAIR");

	private static final String AUDITOR = TestTokens.token("auditor.angiang", "91", null, "AUDITOR");

	private static final String COLLABORATOR = TestTokens.token("collaborator.phutan", "91", "30406", "COLLABORATOR");

	private static final String OTHER_PROVINCE = TestTokens.token("officer.saigon", "79", "26740", "COMMUNE_OFFICER");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "case_management_it");
	}

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void theReadModelsAndTheAccessLogHaveTheirIndexesOnceTheServiceIsReady() {
		assertThat(this.mongo.indexOps(CaseSummary.class).getIndexInfo()).extracting(IndexInfo::getName)
			.contains("caseload", "name", "case-number", "duplicates", "deadlines");
		assertThat(this.mongo.indexOps(ReferralView.class).getIndexInfo()).extracting(IndexInfo::getName)
			.contains("by-case", "incoming");
		assertThat(this.mongo.indexOps(ListedCase.class).getIndexInfo()).extracting(IndexInfo::getName)
			.contains("commune");
		assertThat(this.mongo.indexOps(AccessRecord.class).getIndexInfo()).extracting(IndexInfo::getName)
			.contains("by-subject", "by-user");
	}

	@Test
	void takesACaseFromTheReportThroughAnApprovedPlanToClosure() {
		String caseId = report(Instant.now().minus(Duration.ofHours(1)));

		assertStep(post(OFFICER, caseId, "initial-assessment",
				Map.of("riskLevel", "MEDIUM", "seriousHarm", false, "findings", "Các em thiếu ăn, không đi học.")),
				"INITIAL_ASSESSMENT_DONE");
		Map<String, Object> assessed = awaitCase(caseId, file -> "INITIAL_ASSESSMENT_DONE".equals(file.get("status"))
				&& deadline(file, "PLAN_DRAFTING_5WD").isPresent());
		Instant planDue = Instant.parse((String) deadline(assessed, "PLAN_DRAFTING_5WD").get().get("dueAt"));
		assertThat(planDue).isAfter(Instant.now().plus(Duration.ofDays(4)))
			.isBefore(Instant.now().plus(Duration.ofDays(30)));
		assertThat(deadline(assessed, "EMERGENCY_MEASURE_12H")).isEmpty();

		assertStep(post(OFFICER, caseId, "specific-assessment", specificAssessment()), "SPECIFIC_ASSESSMENT_DONE");
		assertStep(post(OFFICER, caseId, "plan", plan("Các em được đi học lại.")), "PLAN_DRAFTED");

		ResponseEntity<Map> early = post(CHAIR, caseId, "plan/approve", approval());
		assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) early.getBody().get("detail")).contains("PLAN_DRAFTED");

		assertStep(post(OFFICER, caseId, "plan/submit", null), "PLAN_SUBMITTED");
		assertThat(post(OFFICER, caseId, "plan/approve", approval()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post(DRAFTER_AS_CHAIR, caseId, "plan/approve", approval()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post(DRAFTER_AS_CHAIR, caseId, "plan/return", Map.of("reason", "Tự trả lại")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		assertStep(post(CHAIR, caseId, "plan/return", Map.of("reason", "Thiếu phân công cho trường học.")),
				"PLAN_RETURNED");
		assertStep(post(OFFICER, caseId, "plan", plan("Các em được đi học lại, có trường theo dõi.")), "PLAN_DRAFTED");
		assertStep(post(OFFICER, caseId, "plan/submit", null), "PLAN_SUBMITTED");
		// The chair reads the resubmitted plan, with the reason it was returned, before
		// deciding.
		Map<String, Object> resubmitted = awaitRead(CHAIR, caseId, "plan",
				plan -> "SUBMITTED".equals(versions(plan).get(0).get("status"))
						&& versions(plan).get(0).get("decision") != null);
		assertThat(versions(resubmitted)).singleElement()
			.satisfies(version -> assertThat(version.get("plan").toString()).contains("có trường theo dõi"))
			.satisfies(version -> assertThat(version).containsEntry("decision", "Thiếu phân công cho trường học."));
		assertStep(post(CHAIR, caseId, "plan/approve", approval()), "PLAN_IN_IMPLEMENTATION");

		LocalDate today = LocalDate.now(VIETNAM);
		assertStep(
				post(OFFICER, caseId, "plan/reviews", Map.of("reviewedOn", today.toString(), "progress",
						"Hai em đã đi học trở lại.", "nextReviewOn", today.plusMonths(1).toString())),
				"UNDER_MONITORING");
		assertStep(
				post(OFFICER, caseId, "plan/revisions", Map.of("plan",
						plan("Duy trì việc học, thêm hỗ trợ dinh dưỡng."), "reason", "Thêm hỗ trợ dinh dưỡng.")),
				"PLAN_DRAFTED");
		assertStep(post(OFFICER, caseId, "plan/submit", null), "PLAN_SUBMITTED");
		assertStep(post(CHAIR, caseId, "plan/approve", approval()), "PLAN_IN_IMPLEMENTATION");

		Map<String, Object> revised = awaitRead(OFFICER, caseId, "plan",
				plan -> Integer.valueOf(2).equals(plan.get("approvedVersion")));
		assertThat(versions(revised)).extracting(version -> version.get("status"))
			.containsExactly("SUPERSEDED", "APPROVED");
		assertThat((List<?>) revised.get("reviews")).hasSize(1);
		Map<String, Object> assessments = awaitRead(CHAIR, caseId, "assessments", file -> file.get("specific") != null);
		assertThat(assessments.get("specific").toString()).contains("Công an xã");
		assertThat(get(OTHER_PROVINCE, "/api/cases/" + caseId + "/plan").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		assertStep(post(OFFICER, caseId, "close", Map.of("reason", "RESOLVED", "details", "Các em an toàn.")),
				"CLOSED");
		ResponseEntity<Map> again = post(OFFICER, caseId, "close", Map.of("reason", "RESOLVED"));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) again.getBody().get("detail")).contains("CLOSED");
		ResponseEntity<Map> assessClosed = post(OFFICER, caseId, "initial-assessment",
				Map.of("riskLevel", "LOW", "seriousHarm", false, "findings", "Đánh giá lại."));
		assertThat(assessClosed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) assessClosed.getBody().get("detail")).contains("CLOSED");

		Map<String, Object> closed = awaitCase(caseId, file -> "CLOSED".equals(file.get("status")));
		Map<String, Object> planDeadline = deadline(closed, "PLAN_DRAFTING_5WD").orElseThrow();
		assertThat(planDeadline.get("metAt")).isNotNull();
		assertThat(planDeadline.get("missedAt")).isNull();

		assertStep(post(OFFICER, caseId, "reopen", Map.of("reason", "Gia đình lại bỏ mặc các em.")),
				"PLAN_IN_IMPLEMENTATION");
		awaitCase(caseId, file -> "PLAN_IN_IMPLEMENTATION".equals(file.get("status")));
	}

	@Test
	void aChildAtSeriousRiskNeedsAnEmergencyMeasureWithinTwelveHoursOfTheReport() {
		Instant receivedAt = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
		String caseId = report(receivedAt);

		assertStep(
				post(OFFICER, caseId, "initial-assessment",
						Map.of("riskLevel", "HIGH", "seriousHarm", true, "findings", "Trẻ bị đánh, có thương tích.")),
				"INITIAL_ASSESSMENT_DONE");
		Map<String, Object> assessed = awaitCase(caseId, file -> deadline(file, "EMERGENCY_MEASURE_12H").isPresent());
		Map<String, Object> emergency = deadline(assessed, "EMERGENCY_MEASURE_12H").get();
		assertThat(Instant.parse((String) emergency.get("dueAt"))).isEqualTo(receivedAt.plus(Duration.ofHours(12)));
		assertThat(emergency.get("metAt")).isNull();
		// An emergency case is exempt from the plan drafting limit.
		assertThat(deadline(assessed, "PLAN_DRAFTING_5WD")).isEmpty();

		assertStep(
				post(CHAIR, caseId, "emergency-measures", Map.of("kind", "TEMPORARY_SEPARATION", "description",
						"Đưa trẻ về ở với bà ngoại.", "legalBasis", "Nghị định 56/2017/NĐ-CP, Điều 32")),
				"INITIAL_ASSESSMENT_DONE");
		Map<String, Object> met = awaitCase(caseId,
				file -> deadline(file, "EMERGENCY_MEASURE_12H").get().get("metAt") != null);
		assertThat(deadline(met, "EMERGENCY_MEASURE_12H").get().get("missedAt")).isNull();
	}

	@Test
	void anAssessmentRecordedAfterTheTwelveHoursShowsTheEmergencyLimitAsMissed() {
		Instant receivedAt = Instant.now().minus(Duration.ofHours(13)).truncatedTo(ChronoUnit.SECONDS);
		String caseId = report(receivedAt);

		post(OFFICER, caseId, "initial-assessment",
				Map.of("riskLevel", "HIGH", "seriousHarm", true, "findings", "Trẻ bị bỏ đói nhiều ngày."));

		Map<String, Object> missed = awaitCase(caseId,
				file -> deadline(file, "EMERGENCY_MEASURE_12H").map(d -> d.get("missedAt") != null).orElse(false));
		assertThat(Instant.parse((String) deadline(missed, "EMERGENCY_MEASURE_12H").get().get("missedAt")))
			.isEqualTo(receivedAt.plus(Duration.ofHours(12)));
	}

	@Test
	void anotherProvinceCannotTouchTheCaseAndBadInputIsRefusedFieldByField() {
		String caseId = report(Instant.now().minus(Duration.ofHours(1)));

		assertThat(post(OTHER_PROVINCE, caseId, "initial-assessment",
				Map.of("riskLevel", "LOW", "seriousHarm", false, "findings", "Không có gì."))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(post(OFFICER, "case-does-not-exist", "close", Map.of("reason", "RESOLVED")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		ResponseEntity<Map> invalid = post(OFFICER, caseId, "initial-assessment",
				Map.of("riskLevel", "EXTREME", "seriousHarm", false, "findings", "x"));
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(invalid.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(fields(invalid)).containsExactly("riskLevel");

		ResponseEntity<Map> incomplete = post(OFFICER, caseId, "close", Map.of("reason", "OTHER"));
		assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(incomplete)).containsExactly("detailsGivenForOther");

		ResponseEntity<Map> missing = post(OFFICER, caseId, "initial-assessment", Map.of("seriousHarm", true));
		assertThat(fields(missing)).containsExactlyInAnyOrder("riskLevel", "findings");
	}

	@Test
	void showsTheCaseAsItStoodAtAnInstantRebuiltFromItsOwnEvents() {
		Instant beforeTheReport = Instant.now().minusMillis(50);
		String caseId = report(Instant.now().minus(Duration.ofHours(1)));
		awaitCase(caseId, file -> "REPORT_RECEIVED".equals(file.get("status")));
		Instant reported = Instant.now();
		assertStep(
				post(OFFICER, caseId, "initial-assessment",
						Map.of("riskLevel", "LOW", "seriousHarm", false, "findings", "Bà ngoại đã về chăm các em.")),
				"INITIAL_ASSESSMENT_DONE");
		Map<String, Object> now = awaitCase(caseId, file -> "INITIAL_ASSESSMENT_DONE".equals(file.get("status"))
				&& deadline(file, "PLAN_DRAFTING_5WD").isPresent());

		ResponseEntity<Map> then = asOf(AUDITOR, caseId, OffsetDateTime.ofInstant(reported, VIETNAM).toString());
		assertThat(then.getStatusCode()).as("%s", then.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(then.getBody()).containsEntry("caseId", caseId)
			.containsEntry("caseNumber", now.get("caseNumber"))
			.containsEntry("status", "REPORT_RECEIVED")
			.containsEntry("children", now.get("children"))
			.containsEntry("asOf", reported.toString());
		ResponseEntity<Map> later = asOf(OFFICER, caseId, Instant.now().toString());
		assertThat(later.getBody()).containsEntry("status", "INITIAL_ASSESSMENT_DONE")
			.containsEntry("deadlines", now.get("deadlines"));
		assertThat((Integer) later.getBody().get("eventsApplied"))
			.isGreaterThan((Integer) then.getBody().get("eventsApplied"));
		assertThat(this.mongo.find(Query.query(Criteria.where("subjectId")
			.is(caseId)
			.and("endpoint")
			.is("GET /api/cases/{caseId}/as-of")
			.and("purpose")
			.is("AS_OF_VIEW")), AccessRecord.class)).extracting(AccessRecord::userId)
			.contains("auditor.angiang", "officer.phutan");

		ResponseEntity<Map> tooEarly = asOf(OFFICER, caseId, beforeTheReport.toString());
		assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((String) tooEarly.getBody().get("detail")).contains("not recorded yet");
		assertThat(asOf(OTHER_PROVINCE, caseId, Instant.now().toString()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(asOf(OTHER_PROVINCE, caseId, beforeTheReport.toString()).getBody().get("detail")).asString()
			.doesNotContain("not recorded yet");
		assertThat(asOf(COLLABORATOR, caseId, Instant.now().toString()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> malformed = asOf(AUDITOR, caseId, "yesterday");
		assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(malformed.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(fields(malformed)).containsExactly("at");
	}

	private ResponseEntity<Map> asOf(String token, String caseId, String at) {
		return get(token, "/api/cases/" + caseId + "/as-of?at=" + at);
	}

	private String report(Instant receivedAt) {
		Map<String, Object> body = Map.of("channel", "HOTLINE_111", "receivedAt",
				OffsetDateTime.ofInstant(receivedAt, VIETNAM).toString(), "reporter", Map.of("anonymous", true),
				"communeCode", "30406", "summary", "Hai em ở nhà một mình nhiều ngày.", "children",
				List.of(Map.of("fullName", "Nguyễn Văn An", "sex", "MALE", "dateOfBirth", "2016-03-02", "concerns",
						List.of("NEGLECT_OR_ABANDONMENT"))));
		ResponseEntity<Map> opened = this.http.exchange("/api/cases/reports", HttpMethod.POST,
				new HttpEntity<>(body, headers(OFFICER)), Map.class);
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) opened.getBody().get("caseId");
	}

	private static Map<String, Object> specificAssessment() {
		return Map.of("riskLevel", "MEDIUM", "findings", "Cha mẹ đi làm xa, bà ngoại yếu.", "meeting",
				Map.of("heldOn", LocalDate.now(VIETNAM).toString(), "participants",
						List.of(Map.of("name", "Trần Thị Hoa", "capacity", "Trưởng ấp"),
								Map.of("name", "Nguyễn Văn Bảy", "capacity", "Công an xã")),
						"conclusions", "Cần hỗ trợ đi học và dinh dưỡng."));
	}

	private static Map<String, Object> plan(String goal) {
		LocalDate today = LocalDate.now(VIETNAM);
		return Map.of("goals", List.of(goal), "actions",
				List.of(Map.of("description", "Làm lại hồ sơ nhập học.", "responsibleService", "Trường Tiểu học Phú Mỹ",
						"dueBy", today.plusDays(14).toString())),
				"startsOn", today.toString(), "endsOn", today.plusMonths(6).toString());
	}

	private static Map<String, Object> approval() {
		return Map.of("legalBasis", "Nghị định 56/2017/NĐ-CP, Điều 28", "note", "Đồng ý.");
	}

	private static void assertStep(ResponseEntity<Map> response, String status) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("status", status);
	}

	private static Optional<Map<String, Object>> deadline(Map<String, Object> file, String kind) {
		List<Map<String, Object>> deadlines = (List<Map<String, Object>>) file.get("deadlines");
		return (deadlines == null) ? Optional.empty()
				: deadlines.stream().filter(deadline -> kind.equals(deadline.get("kind"))).findFirst();
	}

	private static List<Object> fields(ResponseEntity<Map> response) {
		return ((List<Map<String, Object>>) response.getBody().get("errors")).stream()
			.map(error -> error.get("field"))
			.toList();
	}

	private static List<Map<String, Object>> versions(Map<String, Object> plan) {
		return (List<Map<String, Object>>) plan.get("versions");
	}

	private Map<String, Object> awaitCase(String caseId, Predicate<Map<String, Object>> condition) {
		return awaitGet(OFFICER, "/api/cases/" + caseId, condition);
	}

	private Map<String, Object> awaitRead(String token, String caseId, String path,
			Predicate<Map<String, Object>> condition) {
		return awaitGet(token, "/api/cases/" + caseId + "/" + path, condition);
	}

	private Map<String, Object> awaitGet(String token, String path, Predicate<Map<String, Object>> condition) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			ResponseEntity<Map> response = get(token, path);
			return (response.getStatusCode() == HttpStatus.OK) ? (Map<String, Object>) response.getBody() : null;
		}, file -> file != null && condition.test(file));
	}

	private ResponseEntity<Map> get(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), Map.class);
	}

	private ResponseEntity<Map> post(String token, String caseId, String path, Object body) {
		return this.http.exchange("/api/cases/" + caseId + "/" + path, HttpMethod.POST,
				new HttpEntity<>(body, headers(token)), Map.class);
	}

	private static HttpHeaders headers(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBearerAuth(token);
		return headers;
	}

}
