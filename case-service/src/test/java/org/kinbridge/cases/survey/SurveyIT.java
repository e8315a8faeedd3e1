package org.kinbridge.cases.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

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
 * Surveys through case-service's REST API on a real Kafka broker and MongoDB wire server:
 * xã Phú Tân's officer adds hamlets and a collaborator, opens a round and assigns the
 * collaborator, who records their hamlet with one child found; the child's case opens and
 * the child is on the commune's list as of today but not as of yesterday. Bad input,
 * wrong roles, illegal steps and other provinces are refused on every endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyIT {

	private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	private static final String PHU_TAN = "/api/cases/communes/30406";

	private static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	private static final String CHAIR = TestTokens.token("chair.phutan", "91", "30406", "COMMUNE_CHAIR");

	private static final String PROVINCE_OFFICER = TestTokens.token("province.angiang", "91", null, "PROVINCE_OFFICER");

	private static final String AUDITOR = TestTokens.token("auditor.angiang", "91", null, "AUDITOR");

	private static final String ANALYST = TestTokens.token("analyst", "91", null, "ANALYST");

	/** Each test works on hamlets and accounts of its own: they share the commune. */
	private static final AtomicInteger NEXT = new AtomicInteger();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "case_survey_it");
	}

	@Autowired
	private TestRestTemplate http;

	@Test
	void aChildFoundInAHamletsSurveyOpensACaseAndIsOnTheCommunesListFromToday() {
		int n = NEXT.incrementAndGet();
		String phuHung = "PHU_HUNG_" + n;
		String tanHoa = "TAN_HOA_" + n;
		String collaboratorUser = "collab.le." + n;
		String collaboratorToken = TestTokens.token(collaboratorUser, "91", "30406", "COLLABORATOR");
		assertThat(addHamlet(OFFICER, phuHung, "ấp Phú Hưng " + n, "AP").getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(addHamlet(CHAIR, tanHoa, "ấp Tân Hòa " + n, "AP").getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String collaborator = enlist(OFFICER, "Võ Thị Lệ", collaboratorUser, List.of(phuHung));
		awaitList(OFFICER, hamletsPath(), hamlets -> hamlets.stream().anyMatch(h -> tanHoa.equals(h.get("code"))));
		awaitList(OFFICER, PHU_TAN + "/collaborators",
				roster -> roster.stream().anyMatch(c -> collaborator.equals(c.get("collaboratorId"))));

		String round = openRound(OFFICER, "Khảo sát trẻ em có hoàn cảnh đặc biệt " + n);
		String roundPath = PHU_TAN + "/survey-rounds/" + round;
		awaitMap(OFFICER, roundPath, view -> view.containsKey("hamlets"));
		ResponseEntity<Map> assigned = send(HttpMethod.PUT, OFFICER, roundPath + "/hamlets/" + phuHung + "/assignment",
				Map.of("collaboratorId", collaborator));
		assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(assigned.getBody()).containsEntry("coversHamlet", true);
		awaitMap(OFFICER, roundPath, view -> collaborator.equals(hamlet(view, phuHung).get("collaboratorId")));

		String childName = "Huỳnh Thị Ngọc " + n;
		ResponseEntity<Map> surveyed = send(HttpMethod.POST, collaboratorToken,
				roundPath + "/hamlets/" + phuHung + "/survey",
				survey(List.of(finding(childName, "ORPHANED", "ORPHANED.WITH_RELATIVES"))));
		assertThat(surveyed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> opened = ((List<Map<String, Object>>) surveyed.getBody().get("cases")).get(0);
		String caseId = (String) opened.get("caseId");
		assertThat((String) opened.get("caseNumber")).matches("91-\\d{4}-\\d{6}");

		Map<String, Object> file = awaitMap(OFFICER, "/api/cases/" + caseId, found -> true);
		assertThat(file).containsEntry("channel", "COLLABORATOR_SURVEY")
			.containsEntry("recordedBy", collaboratorUser)
			.containsEntry("recordedByRole", "COLLABORATOR");
		assertThat((Map<String, Object>) file.get("reporter")).containsEntry("name", "Võ Thị Lệ")
			.containsEntry("relationToChild", "COLLABORATOR");
		assertThat((String) file.get("summary")).contains("ấp Phú Hưng " + n);

		Map<String, Object> progress = awaitMap(OFFICER, roundPath,
				view -> ((Number) hamlet(view, phuHung).get("casesOpened")).intValue() == 1);
		assertThat(hamlet(progress, phuHung)).containsEntry("surveyed", true)
			.containsEntry("recordedBy", collaboratorUser)
			.containsEntry("onBehalf", false)
			.containsEntry("householdsVisited", 38)
			.containsEntry("childrenFound", 1);
		// Other tests add hamlets to the same commune; this round has at least its own
		// two.
		Map<String, Object> totals = (Map<String, Object>) progress.get("totals");
		assertThat((Integer) totals.get("hamlets")).isGreaterThanOrEqualTo(2);
		assertThat(totals).containsEntry("assigned", 1).containsEntry("surveyed", 1).containsEntry("casesOpened", 1);

		LocalDate today = LocalDate.now(VIETNAM);
		String list = PHU_TAN + "/lists/special-circumstances";
		Map<String, Object> todays = awaitMap(OFFICER, list + "?asOf=" + today,
				found -> children(found).stream().anyMatch(child -> caseId.equals(child.get("caseId"))));
		assertThat(children(todays)).filteredOn(child -> caseId.equals(child.get("caseId")))
			.singleElement()
			.satisfies(child -> assertThat(child).containsEntry("fullName", childName)
				.containsEntry("group", "ORPHANED")
				.containsEntry("subGroup", "ORPHANED.WITH_RELATIVES")
				.containsEntry("hamletCode", phuHung)
				.containsEntry("since", today.toString()));
		assertThat(children(get(PROVINCE_OFFICER, list + "?asOf=" + today.minusDays(1)).getBody()))
			.noneMatch(child -> caseId.equals(child.get("caseId")));
		assertThat(children(
				get(CHAIR, list + "?asOf=" + today + "&group=ORPHANED&subGroup=ORPHANED.WITH_RELATIVES").getBody()))
			.anyMatch(child -> caseId.equals(child.get("caseId")))
			.allMatch(child -> "ORPHANED.WITH_RELATIVES".equals(child.get("subGroup")));

		ResponseEntity<byte[]> csv = bytes(OFFICER, list + "/export?format=csv&asOf=" + today);
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).contains(childName)
			.contains((String) opened.get("caseNumber"));
		ResponseEntity<byte[]> pdf = bytes(OFFICER, list + "/export?format=pdf&asOf=" + today);
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		List<Map<String, Object>> reads = getList(AUDITOR, "/api/cases/access-records?caseId=" + caseId).getBody();
		assertThat(reads).extracting(read -> read.get("purpose")).contains("COMMUNE_LIST", "COMMUNE_LIST_EXPORT");
		assertThat(reads).extracting(read -> read.get("endpoint"))
			.contains("GET /api/cases/communes/{communeCode}/lists/{list}");

		ResponseEntity<Map> unfinished = send(HttpMethod.POST, OFFICER, roundPath + "/close", Map.of());
		assertThat(unfinished.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat((String) unfinished.getBody().get("detail")).contains(tanHoa);
		assertThat(send(HttpMethod.POST, OFFICER, roundPath + "/close",
				Map.of("reason", "Ấp Tân Hòa ngập lụt, khảo sát đợt sau."))
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<Map> late = send(HttpMethod.PUT, OFFICER, roundPath + "/hamlets/" + tanHoa + "/assignment",
				Map.of("collaboratorId", collaborator, "reason", "Thay người"));
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) late.getBody().get("detail")).contains("CLOSED");
	}

	@Test
	void badInputIllegalStepsAndWrongRolesAreRefusedFieldByField() {
		int n = NEXT.incrementAndGet();
		String hamletCode = "PHU_THANH_" + n;
		ResponseEntity<Map> invalid = send(HttpMethod.POST, OFFICER, PHU_TAN + "/hamlets",
				Map.of("code", "ấp phú thạnh", "name", " "));
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(invalid.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(fields(invalid)).containsExactlyInAnyOrder("code", "name", "kind");
		assertThat(status(OFFICER, "/api/cases/communes/3040/hamlets")).isEqualTo(HttpStatus.BAD_REQUEST);

		assertThat(addHamlet(OFFICER, hamletCode, "ấp Phú Thạnh " + n, "AP").getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		ResponseEntity<Map> again = addHamlet(OFFICER, hamletCode, "ấp Phú Thạnh mới", "AP");
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) again.getBody().get("detail")).contains("ACTIVE");

		ResponseEntity<Map> unknownHamlet = send(HttpMethod.POST, OFFICER, PHU_TAN + "/collaborators",
				collaboratorBody("Lâm Văn Hai", null, List.of("NOWHERE_" + n)));
		assertThat(unknownHamlet.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		String collaborator = enlist(OFFICER, "Lâm Văn Hai", null, List.of(hamletCode));
		assertThat(send(HttpMethod.POST, OFFICER, PHU_TAN + "/hamlets/" + hamletCode + "/retire",
				Map.of("reason", "Sáp nhập vào ấp Phú Hưng"))
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<Map> retired = send(HttpMethod.PUT, OFFICER,
				PHU_TAN + "/collaborators/" + collaborator + "/hamlets",
				Map.of("hamletCodes", List.of(hamletCode), "reason", "Quay lại ấp cũ"));
		assertThat(retired.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) retired.getBody().get("detail")).contains("RETIRED");
		assertThat(send(HttpMethod.POST, OFFICER, PHU_TAN + "/collaborators/" + collaborator + "/end-service",
				Map.of("lastDay", LocalDate.now(VIETNAM).toString()))
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		String collaboratorToken = TestTokens.token("collab.someone", "91", "30406", "COLLABORATOR");
		assertThat(addHamlet(collaboratorToken, "X" + n, "ấp X", "AP").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(status(collaboratorToken, PHU_TAN + "/collaborators")).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(send(HttpMethod.POST, collaboratorToken, PHU_TAN + "/survey-rounds",
				Map.of("title", "Khảo sát", "periodStart", "2026-11-01", "periodEnd", "2026-12-01"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		String list = PHU_TAN + "/lists/special-circumstances";
		assertThat(status(ANALYST, list)).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(status(collaboratorToken, list)).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(status(AUDITOR, list + "/export?format=csv")).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(fields(get(OFFICER, list + "?group=FORGOTTEN"))).containsExactly("group");
		assertThat(fields(get(OFFICER, list + "?group=ORPHANED&subGroup=ABANDONED.IN_ALTERNATIVE_CARE")))
			.containsExactly("subGroup");
		assertThat(fields(get(OFFICER, list + "?asOf=29-11-2026"))).containsExactly("asOf");
		assertThat(fields(get(OFFICER, list + "/export?format=xls"))).containsExactly("format");
		assertThat(status(OFFICER, PHU_TAN + "/lists/orphans")).isEqualTo(HttpStatus.NOT_FOUND);

		assertThat(status(OFFICER, PHU_TAN + "/survey-rounds/survey-missing")).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(send(HttpMethod.POST, OFFICER, PHU_TAN + "/survey-rounds/survey-missing/close", Map.of())
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<Map> backwards = send(HttpMethod.POST, OFFICER, PHU_TAN + "/survey-rounds",
				Map.of("title", "Khảo sát", "periodStart", "2026-12-01", "periodEnd", "2026-11-01"));
		assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(fields(send(HttpMethod.POST, OFFICER, PHU_TAN + "/survey-rounds", Map.of("title", ""))))
			.containsExactlyInAnyOrder("title", "periodStart", "periodEnd");
	}

	@Test
	void aFindingIsCheckedLikeAForm01ReportOnItsOwnField() {
		int n = NEXT.incrementAndGet();
		String hamletCode = "TRUNG_THANH_" + n;
		Prepared prepared = prepare(PROVINCE_OFFICER, hamletCode, "khóm Trung Thạnh " + n, "Nguyễn Văn Tư");
		String collaborator = prepared.collaborator();
		String roundPath = prepared.roundPath();
		ResponseEntity<Map> unassigned = send(HttpMethod.POST, OFFICER,
				roundPath + "/hamlets/" + hamletCode + "/survey", survey(List.of()));
		assertThat(unassigned.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) unassigned.getBody().get("detail")).contains("UNASSIGNED");
		send(HttpMethod.PUT, OFFICER, roundPath + "/hamlets/" + hamletCode + "/assignment",
				Map.of("collaboratorId", collaborator));
		awaitMap(OFFICER, roundPath, view -> collaborator.equals(hamlet(view, hamletCode).get("collaboratorId")));

		Map<String, Object> finding = finding("Trẻ " + n, "FORGOTTEN", null);
		((Map<String, Object>) finding.get("child")).put("dateOfBirth", "2000-01-01");
		ResponseEntity<Map> invalid = send(HttpMethod.POST, OFFICER, roundPath + "/hamlets/" + hamletCode + "/survey",
				survey(List.of(finding)));
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(invalid)).contains("findings[0].child.specialCircumstances[0].group",
				"findings[0].child.dateOfBirth");

		ResponseEntity<Map> onBehalf = send(HttpMethod.POST, OFFICER, roundPath + "/hamlets/" + hamletCode + "/survey",
				survey(List.of()));
		assertThat(onBehalf.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> view = awaitMap(OFFICER, roundPath,
				found -> (Boolean) hamlet(found, hamletCode).get("surveyed"));
		assertThat(hamlet(view, hamletCode)).containsEntry("onBehalf", true)
			.containsEntry("recordedBy", "officer.phutan");
		ResponseEntity<Map> twice = send(HttpMethod.POST, OFFICER, roundPath + "/hamlets/" + hamletCode + "/survey",
				survey(List.of()));
		assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) twice.getBody().get("detail")).contains("SURVEYED");
	}

	@Test
	void everyEndpointAnswersNotFoundToEveryRoleOfAnotherProvince() {
		int n = NEXT.incrementAndGet();
		String hamletCode = "TAN_PHU_" + n;
		Prepared prepared = prepare(OFFICER, hamletCode, "ấp Tân Phú " + n, "Trần Văn Năm");
		String collaborator = prepared.collaborator();
		String roundPath = prepared.roundPath();

		List<Request> endpoints = List.of(new Request(HttpMethod.GET, PHU_TAN + "/hamlets", null),
				new Request(HttpMethod.POST, PHU_TAN + "/hamlets",
						Map.of("code", "Z" + n, "name", "ấp Z", "kind", "AP")),
				new Request(HttpMethod.POST, PHU_TAN + "/hamlets/" + hamletCode + "/retire", Map.of("reason", "x")),
				new Request(HttpMethod.GET, PHU_TAN + "/collaborators", null),
				new Request(HttpMethod.POST, PHU_TAN + "/collaborators",
						collaboratorBody("Người lạ", null, List.of(hamletCode))),
				new Request(HttpMethod.PUT, PHU_TAN + "/collaborators/" + collaborator + "/hamlets",
						Map.of("hamletCodes", List.of(hamletCode), "reason", "x")),
				new Request(HttpMethod.POST, PHU_TAN + "/collaborators/" + collaborator + "/end-service",
						Map.of("lastDay", LocalDate.now(VIETNAM).toString(), "reason", "x")),
				new Request(HttpMethod.GET, PHU_TAN + "/survey-rounds", null),
				new Request(HttpMethod.POST, PHU_TAN + "/survey-rounds",
						Map.of("title", "x", "periodStart", "2026-11-01", "periodEnd", "2026-12-01")),
				new Request(HttpMethod.GET, roundPath, null),
				new Request(HttpMethod.PUT, roundPath + "/hamlets/" + hamletCode + "/assignment",
						Map.of("collaboratorId", collaborator)),
				new Request(HttpMethod.POST, roundPath + "/hamlets/" + hamletCode + "/survey", survey(List.of())),
				new Request(HttpMethod.POST, roundPath + "/close", Map.of("reason", "x")),
				new Request(HttpMethod.GET, PHU_TAN + "/lists/special-circumstances", null),
				new Request(HttpMethod.GET, PHU_TAN + "/lists/special-circumstances/export?format=pdf", null));
		List<String> otherProvince = List.of(TestTokens.token("officer.saigon", "79", "26740", "COMMUNE_OFFICER"),
				TestTokens.token("chair.saigon", "79", "26740", "COMMUNE_CHAIR"),
				TestTokens.token("collab.saigon", "79", "26740", "COLLABORATOR"),
				TestTokens.token("province.hcm", "79", null, "PROVINCE_OFFICER"),
				TestTokens.token("auditor.hcm", "79", null, "AUDITOR"),
				TestTokens.token("analyst.hcm", "79", null, "ANALYST"));
		for (Request endpoint : endpoints) {
			for (String token : otherProvince) {
				ResponseEntity<String> answer = this.http.exchange(endpoint.path(), endpoint.method(),
						new HttpEntity<>(endpoint.body(), headers(token)), String.class);
				assertThat(answer.getStatusCode()).as(endpoint.method() + " " + endpoint.path())
					.isEqualTo(HttpStatus.NOT_FOUND);
			}
		}
		// Nothing changed on the way.
		assertThat(get(OFFICER, roundPath).getBody()).containsEntry("status", "OPEN");
		List<Map<String, Object>> hamlets = getList(OFFICER, PHU_TAN + "/hamlets").getBody();
		assertThat(hamlets).noneMatch(hamlet -> ("Z" + n).equals(hamlet.get("code")));
	}

	private record Request(HttpMethod method, String path, Object body) {
	}

	private record Prepared(String collaborator, String roundPath) {
	}

	/**
	 * A hamlet with a collaborator who covers it, and an open round over it, once the
	 * lists show them.
	 */
	private Prepared prepare(String opener, String hamletCode, String hamletName, String collaboratorName) {
		addHamlet(OFFICER, hamletCode, hamletName, "AP");
		String collaborator = enlist(OFFICER, collaboratorName, null, List.of(hamletCode));
		awaitList(OFFICER, PHU_TAN + "/collaborators",
				roster -> roster.stream().anyMatch(c -> collaborator.equals(c.get("collaboratorId"))));
		String roundPath = PHU_TAN + "/survey-rounds/" + openRound(opener, "Khảo sát " + hamletName);
		awaitMap(OFFICER, roundPath, view -> view.containsKey("hamlets"));
		return new Prepared(collaborator, roundPath);
	}

	private static String hamletsPath() {
		return PHU_TAN + "/hamlets";
	}

	private ResponseEntity<Map> addHamlet(String token, String code, String name, String kind) {
		return send(HttpMethod.POST, token, PHU_TAN + "/hamlets", Map.of("code", code, "name", name, "kind", kind));
	}

	private String enlist(String token, String name, String userId, List<String> hamlets) {
		ResponseEntity<Map> enlisted = send(HttpMethod.POST, token, PHU_TAN + "/collaborators",
				collaboratorBody(name, userId, hamlets));
		assertThat(enlisted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) enlisted.getBody().get("collaboratorId");
	}

	private static Map<String, Object> collaboratorBody(String name, String userId, List<String> hamlets) {
		Map<String, Object> body = new HashMap<>(
				Map.of("fullName", name, "phone", "0913 222 410", "hamletCodes", hamlets, "activeFrom", "2026-01-01"));
		if (userId != null) {
			body.put("userId", userId);
		}
		return body;
	}

	private String openRound(String token, String title) {
		LocalDate today = LocalDate.now(VIETNAM);
		ResponseEntity<Map> opened = send(HttpMethod.POST, token, PHU_TAN + "/survey-rounds", Map.of("title", title,
				"periodStart", today.minusDays(7).toString(), "periodEnd", today.plusDays(30).toString()));
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) opened.getBody().get("roundId");
	}

	private static Map<String, Object> survey(List<Map<String, Object>> findings) {
		return Map.of("surveyedAt",
				OffsetDateTime.now(VIETNAM).minusSeconds(5).truncatedTo(ChronoUnit.SECONDS).toString(),
				"householdsVisited", 38, "childrenFound", findings.size(), "findings", findings);
	}

	private static Map<String, Object> finding(String name, String group, String subGroup) {
		Map<String, Object> circumstance = new HashMap<>(Map.of("group", group));
		if (subGroup != null) {
			circumstance.put("subGroup", subGroup);
		}
		Map<String, Object> child = new HashMap<>(Map.of("fullName", name, "sex", "FEMALE", "dateOfBirth", "2015-06-01",
				"concerns", List.of("NEGLECT_OR_ABANDONMENT"), "specialCircumstances", List.of(circumstance)));
		return new HashMap<>(Map.of("summary", "Cha mẹ mất, em ở với bà nội đã già.", "child", child));
	}

	private static Map<String, Object> hamlet(Map<String, Object> round, String code) {
		return ((List<Map<String, Object>>) round.get("hamlets")).stream()
			.filter(hamlet -> code.equals(hamlet.get("hamletCode")))
			.findFirst()
			.orElseThrow();
	}

	private static List<Map<String, Object>> children(Map<?, ?> list) {
		return (List<Map<String, Object>>) list.get("children");
	}

	private static List<String> fields(ResponseEntity<Map> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		return ((List<Map<String, Object>>) response.getBody().get("errors")).stream()
			.map(error -> (String) error.get("field"))
			.toList();
	}

	private Map<String, Object> awaitMap(String token, String path, Predicate<Map<String, Object>> condition) {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			ResponseEntity<Map> response = get(token, path);
			return response.getStatusCode() == HttpStatus.OK && condition.test(response.getBody());
		});
		return get(token, path).getBody();
	}

	private void awaitList(String token, String path, Predicate<List<Map<String, Object>>> condition) {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			ResponseEntity<List> response = getList(token, path);
			return response.getStatusCode() == HttpStatus.OK && condition.test(response.getBody());
		});
	}

	private ResponseEntity<Map> send(HttpMethod method, String token, String path, Object body) {
		return this.http.exchange(path, method, new HttpEntity<>(body, headers(token)), Map.class);
	}

	private ResponseEntity<Map> get(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), Map.class);
	}

	private ResponseEntity<List> getList(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), List.class);
	}

	private ResponseEntity<byte[]> bytes(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), byte[].class);
	}

	private HttpStatus status(String token, String path) {
		return HttpStatus
			.valueOf(this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), String.class)
				.getStatusCode()
				.value());
	}

	private static HttpHeaders headers(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBearerAuth(token);
		return headers;
	}

}
