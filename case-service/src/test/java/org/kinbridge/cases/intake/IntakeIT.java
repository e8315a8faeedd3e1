package org.kinbridge.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * case-service against a real Kafka broker and a MongoDB wire server: a report opens a
 * case with its province's case number, siblings are linked, and each user sees only what
 * their scope allows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeIT {

	private static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	private static final String COLLABORATOR = TestTokens.token("collab.phutan", "91", "30406", "COLLABORATOR");

	private static final String OTHER_COLLABORATOR = TestTokens.token("collab.other", "91", "30406", "COLLABORATOR");

	private static final String OTHER_PROVINCE = TestTokens.token("officer.saigon", "79", "26734", "COMMUNE_OFFICER");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "case_intake_it");
	}

	@Autowired
	private TestRestTemplate http;

	@Test
	void aReportAboutTwoSiblingsOpensOneCaseWithTheProvincesNextCaseNumber() {
		ResponseEntity<Map> opened = post(COLLABORATOR,
				report(child("Nguyễn Văn An", "2016-03-02"), child("Nguyễn Thị Bình", "2019-07-15")));
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String caseId = (String) opened.getBody().get("caseId");
		assertThat((String) opened.getBody().get("caseNumber")).matches("91-\\d{4}-\\d{6}");

		Map<String, Object> file = awaitCase(OFFICER, caseId);
		List<Map<String, Object>> children = (List<Map<String, Object>>) file.get("children");
		assertThat(children).hasSize(2).allSatisfy(child -> assertThat(child.get("childId")).isNotNull());
		assertThat(file.get("siblingGroupId")).isNotNull();
		assertThat(file).containsEntry("recordedBy", "collab.phutan").containsEntry("status", "REPORT_RECEIVED");
	}

	@Test
	void caseNumbersFollowEachOtherWithinAProvince() {
		String first = (String) post(OFFICER, report(child("Trần Văn Cường", "2015-01-01"))).getBody()
			.get("caseNumber");
		String second = (String) post(OFFICER, report(child("Trần Văn Cường", "2015-01-01"))).getBody()
			.get("caseNumber");
		assertThat(Long.parseLong(second.substring(8))).isEqualTo(Long.parseLong(first.substring(8)) + 1);
	}

	@Test
	void aCollaboratorSeesOnlyTheirOwnReportsAndAnotherProvinceSeesNothing() {
		String caseId = (String) post(COLLABORATOR, report(child("Lê Thị Diệu", "2017-09-09"))).getBody().get("caseId");
		awaitCase(COLLABORATOR, caseId);

		assertThat(get(OTHER_COLLABORATOR, "/api/cases/" + caseId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(OTHER_PROVINCE, "/api/cases/" + caseId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(list(OTHER_PROVINCE)).noneMatch(c -> caseId.equals(c.get("caseId")));
		assertThat(list(OTHER_COLLABORATOR)).noneMatch(c -> caseId.equals(c.get("caseId")));
	}

	@Test
	void rejectsAReportWithoutAChildsAgeOrAValidChannelFieldByField() {
		Map<String, Object> child = child("Phạm Văn Em", null);
		Map<String, Object> report = report(child);
		report.put("channel", "CARRIER_PIGEON");
		ResponseEntity<Map> response = post(OFFICER, report);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().toString()).contains("channel");

		report.put("channel", "HOTLINE_111");
		response = post(OFFICER, report);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, Object>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
			.anySatisfy(field -> assertThat((String) field).startsWith("children[0]"));
	}

	@Test
	void anAuditorCannotTakeInReports() {
		String auditor = TestTokens.token("auditor.angiang", "91", null, "AUDITOR");
		assertThat(post(auditor, report(child("Võ Văn Phúc", "2014-04-04"))).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post(TestTokens.expired("officer.phutan", "91", "30406", "COMMUNE_OFFICER"),
				report(child("Võ Văn Phúc", "2014-04-04")))
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private Map<String, Object> awaitCase(String token, String caseId) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get(token, "/api/cases/" + caseId).getStatusCode() == HttpStatus.OK);
		return get(token, "/api/cases/" + caseId).getBody();
	}

	private static Map<String, Object> report(Map<String, Object>... children) {
		return new HashMap<>(Map.of("channel", "COLLABORATOR_SURVEY", "receivedAt", "2026-11-28T08:30:00+07:00",
				"reporter", Map.of("anonymous", true), "communeCode", "30406", "summary",
				"Các em ở nhà một mình nhiều ngày.", "children", List.of(children)));
	}

	private static Map<String, Object> child(String name, String dateOfBirth) {
		Map<String, Object> child = new HashMap<>(
				Map.of("fullName", name, "sex", "MALE", "concerns", List.of("NEGLECT_OR_ABANDONMENT")));
		if (dateOfBirth != null) {
			child.put("dateOfBirth", dateOfBirth);
		}
		return child;
	}

	private ResponseEntity<Map> post(String token, Map<String, Object> body) {
		return this.http.exchange("/api/cases/reports", HttpMethod.POST, new HttpEntity<>(body, headers(token)),
				Map.class);
	}

	private ResponseEntity<Map> get(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), Map.class);
	}

	private List<Map<String, Object>> list(String token) {
		return this.http.exchange("/api/cases", HttpMethod.GET, new HttpEntity<>(headers(token)), List.class).getBody();
	}

	private static HttpHeaders headers(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBearerAuth(token);
		return headers;
	}

}
