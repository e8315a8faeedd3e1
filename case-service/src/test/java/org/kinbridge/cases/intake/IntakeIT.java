package org.kinbridge.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * case-service against a real Kafka broker and a MongoDB wire server, through its REST
 * API: a Form 01 report opens a case with its province's case number, siblings are
 * linked, possible duplicates are flagged and then merged or kept apart, cases are found
 * by name without diacritics, every read is in the access log, and each user sees only
 * what their scope allows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeIT {

	private static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	private static final String COLLABORATOR = TestTokens.token("collab.phutan", "91", "30406", "COLLABORATOR");

	private static final String OTHER_COLLABORATOR = TestTokens.token("collab.other", "91", "30406", "COLLABORATOR");

	private static final String AUDITOR = TestTokens.token("auditor.angiang", "91", null, "AUDITOR");

	private static final String OTHER_PROVINCE = TestTokens.token("officer.saigon", "79", "26740", "COMMUNE_OFFICER");

	private static final String OTHER_PROVINCE_AUDITOR = TestTokens.token("auditor.hcm", "79", null, "AUDITOR");

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
	void aReportKeepsEveryFieldOfForm01WithCommuneCodesDatedByTheDayOfReceipt() {
		Map<String, Object> child = child("Chau Sóc Pha", null);
		child.remove("dateOfBirth");
		child.putAll(Map.of("estimatedAge", 12, "ethnicity", "KHMER", "religion", "BUDDHISM", "language", "km",
				"hasDisability", true, "disabilityDescription", "Khiếm thính nhẹ", "residenceCommuneCode", "30406",
				"incidentCommuneCode", "30406", "concerns", List.of("EXPLOITATION"), "specialCircumstances",
				List.of(Map.of("group", "DROPPED_OUT_TO_EARN_A_LIVING", "subGroup",
						"DROPPED_OUT_TO_EARN_A_LIVING.HEAVY_OR_HAZARDOUS_WORK"))));
		Map<String, Object> report = report(child);
		// 23:10 UTC on 27 November is 28 November in Vietnam.
		report.put("receivedAt", "2026-11-27T23:10:00Z");
		report.put("reporter", Map.of("anonymous", false, "name", "Võ Thị Lệ", "phone", "0913 222 410", "address",
				"ấp Phú Hưng", "relationToChild", "COLLABORATOR"));

		String caseId = (String) post(OFFICER, report).getBody().get("caseId");

		Map<String, Object> file = awaitCase(OFFICER, caseId);
		assertThat((Map<String, Object>) file.get("reporter")).containsEntry("name", "Võ Thị Lệ")
			.containsEntry("address", "ấp Phú Hưng")
			.containsEntry("relationToChild", "COLLABORATOR");
		Map<String, Object> recorded = ((List<Map<String, Object>>) file.get("children")).get(0);
		assertThat(recorded).containsEntry("estimatedAge", 12)
			.containsEntry("ethnicity", "KHMER")
			.containsEntry("religion", "BUDDHISM")
			.containsEntry("language", "km")
			.containsEntry("hasDisability", true)
			.containsEntry("disabilityDescription", "Khiếm thính nhẹ")
			.containsEntry("residence", Map.of("code", "30406", "validOn", "2026-11-28"))
			.containsEntry("incidentPlace", Map.of("code", "30406", "validOn", "2026-11-28"))
			.containsEntry("concerns", List.of("EXPLOITATION"))
			.containsEntry("specialCircumstances", List.of(Map.of("group", "DROPPED_OUT_TO_EARN_A_LIVING", "subGroup",
					"DROPPED_OUT_TO_EARN_A_LIVING.HEAVY_OR_HAZARDOUS_WORK")));
		assertThat(file).containsEntry("assignedTo", "officer.phutan");
	}

	@Test
	void anAnonymousReportKeepsNoIdentityOfTheReporter() {
		Map<String, Object> report = report(child("Lý Gia Huy", "2015-05-05"));
		report.put("reporter", Map.of("anonymous", true, "name", "Người gọi", "phone", "0900 000 000",
				"relationToChild", "NEIGHBOUR"));

		Map<String, Object> file = awaitCase(OFFICER, (String) post(OFFICER, report).getBody().get("caseId"));

		assertThat((Map<String, Object>) file.get("reporter")).containsEntry("anonymous", true)
			.containsEntry("relationToChild", "NEIGHBOUR")
			.containsEntry("name", null)
			.containsEntry("phone", null);
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
	void aChildReportedAgainIsFlaggedAndTheLaterCaseIsMergedIntoTheEarlierOnce() {
		String earlier = (String) post(OFFICER, report(child("Nguyễn Văn Hùng", "2014-08-19"))).getBody().get("caseId");
		awaitCase(OFFICER, earlier);

		ResponseEntity<Map> again = post(COLLABORATOR, report(child("nguyen van HUNG", "2014-08-19")));
		String later = (String) again.getBody().get("caseId");
		assertThat((List<Map<String, Object>>) again.getBody().get("possibleDuplicates"))
			.extracting(flag -> flag.get("caseId"))
			.containsExactly(earlier);
		awaitCase(OFFICER, earlier, file -> !((List<?>) file.get("possibleDuplicates")).isEmpty());
		List<Map<String, Object>> review = getList(OFFICER, "/api/cases/" + earlier + "/duplicates").getBody();
		assertThat(review).singleElement()
			.satisfies(
					flag -> assertThat(flag).containsEntry("flaggedCaseId", later).containsEntry("ofCaseId", earlier))
			.satisfies(flag -> assertThat((Map<String, Object>) flag.get("of")).containsKey("children"));

		ResponseEntity<Map> merged = post(OFFICER, "/api/cases/" + earlier + "/duplicates/" + later + "/merge",
				Map.of("reason", "Cùng một em: cùng tên, cùng ngày sinh, cùng ấp."));
		assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(merged.getBody()).containsEntry("caseId", later)
			.containsEntry("otherCaseId", earlier)
			.containsEntry("decision", "MERGED")
			.containsEntry("status", "CLOSED");

		Map<String, Object> closed = awaitCase(OFFICER, later, file -> earlier.equals(file.get("mergedInto")));
		assertThat((List<?>) closed.get("possibleDuplicates")).isEmpty();
		Map<String, Object> goesOn = awaitCase(OFFICER, earlier,
				file -> !((List<?>) file.get("mergedCases")).isEmpty());
		assertThat((List<Map<String, Object>>) goesOn.get("mergedCases")).singleElement()
			.satisfies(mergedCase -> assertThat(mergedCase).containsEntry("caseId", later));
		assertThat((List<?>) goesOn.get("possibleDuplicates")).isEmpty();

		ResponseEntity<Map> twice = post(OFFICER, "/api/cases/" + later + "/duplicates/" + earlier + "/merge",
				Map.of("reason", "Lần nữa."));
		assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(twice.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat((String) twice.getBody().get("detail")).contains("CLOSED");
	}

	@Test
	void casesKeptApartLoseTheirFlagAndCanNoLongerBeMerged() {
		String earlier = (String) post(OFFICER, report(child("Phạm Thị Mai", null, 9))).getBody().get("caseId");
		awaitCase(OFFICER, earlier);
		String later = (String) post(OFFICER, report(child("Pham Thi Mai", null, 10))).getBody().get("caseId");
		awaitCase(OFFICER, earlier, file -> !((List<?>) file.get("possibleDuplicates")).isEmpty());

		assertThat(post(OFFICER, "/api/cases/" + later + "/duplicates/" + earlier + "/keep-apart", Map.of("reason", ""))
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<Map> keptApart = post(OFFICER, "/api/cases/" + later + "/duplicates/" + earlier + "/keep-apart",
				Map.of("reason", "Hai em khác nhau: khác cha mẹ, khác ấp."));
		assertThat(keptApart.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(keptApart.getBody()).containsEntry("decision", "KEPT_APART")
			.containsEntry("status", "REPORT_RECEIVED");

		awaitCase(OFFICER, earlier, file -> ((List<?>) file.get("possibleDuplicates")).isEmpty());
		assertThat(getList(OFFICER, "/api/cases/" + later + "/duplicates").getBody()).isEmpty();
		assertThat(
				post(OFFICER, "/api/cases/" + later + "/duplicates/" + earlier + "/merge", Map.of("reason", "Giống."))
					.getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(post(COLLABORATOR, "/api/cases/" + later + "/duplicates/" + earlier + "/merge",
				Map.of("reason", "Giống."))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void findsACaseByAChildsNameTypedWithoutDiacriticsAndByItsNumber() {
		ResponseEntity<Map> opened = post(OFFICER, report(child("Huỳnh Thị Thu Đào", "2013-12-01")));
		String caseId = (String) opened.getBody().get("caseId");
		awaitCase(OFFICER, caseId);

		ResponseEntity<List> byName = getList(OFFICER, "/api/cases/search?name=huynh thu dao");
		assertThat((List<Map<String, Object>>) byName.getBody()).extracting(found -> found.get("caseId"))
			.containsExactly(caseId);
		assertThat(byName.getHeaders().getFirst("X-Total-Count")).isEqualTo("1");
		assertThat((List<Map<String, Object>>) getList(OFFICER,
				"/api/cases/search?caseNumber=" + opened.getBody().get("caseNumber"))
			.getBody()).extracting(found -> found.get("caseId")).containsExactly(caseId);
		assertThat(getList(OTHER_PROVINCE, "/api/cases/search?name=huynh thu dao").getBody()).isEmpty();
		assertThat(status(OFFICER, "/api/cases/search")).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void everyReadOfACaseIsRecordedAndTheProvincesAuditorsCanSeeWhoRead() {
		String caseId = (String) post(OFFICER, report(child("Dương Ngọc Yến", "2018-02-02"))).getBody().get("caseId");
		awaitCase(OFFICER, caseId);
		getList(OFFICER, "/api/cases/search?name=duong ngoc yen");

		List<Map<String, Object>> records = getList(AUDITOR, "/api/cases/access-records?caseId=" + caseId).getBody();
		assertThat(records).extracting(read -> read.get("purpose")).contains("CASE_VIEW", "SEARCH");
		assertThat(records).allSatisfy(read -> assertThat(read).containsEntry("userId", "officer.phutan")
			.containsEntry("role", "COMMUNE_OFFICER")
			.containsEntry("caseId", caseId)
			.containsKeys("at", "endpoint"));
		assertThat(records).extracting(read -> read.get("endpoint"))
			.contains("GET /api/cases/{caseId}", "GET /api/cases/search");

		assertThat(getList(OTHER_PROVINCE_AUDITOR, "/api/cases/access-records?caseId=" + caseId).getBody()).isEmpty();
		assertThat(status(OFFICER, "/api/cases/access-records?caseId=" + caseId)).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aCollaboratorSeesOnlyTheirOwnReportsAndAnotherProvinceSeesNothing() {
		String caseId = (String) post(COLLABORATOR, report(child("Lê Thị Diệu", "2017-09-09"))).getBody().get("caseId");
		awaitCase(COLLABORATOR, caseId);

		assertThat(get(OTHER_COLLABORATOR, "/api/cases/" + caseId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(OTHER_PROVINCE, "/api/cases/" + caseId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(OTHER_PROVINCE, "/api/cases/" + caseId + "/duplicates").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(list(OTHER_PROVINCE)).noneMatch(c -> caseId.equals(c.get("caseId")));
		assertThat(list(OTHER_COLLABORATOR)).noneMatch(c -> caseId.equals(c.get("caseId")));
		assertThat(list(COLLABORATOR)).anyMatch(c -> caseId.equals(c.get("caseId")))
			.allMatch(c -> "collab.phutan".equals(c.get("recordedBy")));
		assertThat(getList(OTHER_PROVINCE, "/api/cases/search?name=le thi dieu").getBody()).isEmpty();
	}

	@Test
	void aCaseloadIsPagedAndFilteredByOfficer() {
		String caseId = (String) post(OFFICER, report(child("Thạch Minh Tú", "2012-10-10"))).getBody().get("caseId");
		awaitCase(OFFICER, caseId);

		ResponseEntity<List> firstPage = getList(OFFICER, "/api/cases?officer=officer.phutan&page=0&size=1");
		assertThat(firstPage.getBody()).hasSize(1);
		assertThat(Long.parseLong(firstPage.getHeaders().getFirst("X-Total-Count"))).isGreaterThanOrEqualTo(1);
		assertThat(getList(OFFICER, "/api/cases?officer=collab.other").getBody()).isEmpty();
		assertThat(status(OFFICER, "/api/cases?size=500")).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(status(OFFICER, "/api/cases?status=SOMEWHERE")).isEqualTo(HttpStatus.BAD_REQUEST);
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
		assertThat(fields(response)).anySatisfy(field -> assertThat(field).startsWith("children[0]"));
	}

	@Test
	void rejectsCodesThatDoNotResolveInTheProvinceOnTheDayOfReceiptFieldByField() {
		Map<String, Object> child = child("Bùi Văn Lộc", "2026-12-01");
		child.put("residenceCommuneCode", "99999");
		child.put("incidentCommuneCode", "26740");
		child.put("specialCircumstances",
				List.of(Map.of("group", "ORPHANED", "subGroup", "ABANDONED.IN_ALTERNATIVE_CARE"),
						Map.of("group", "FORGOTTEN")));
		child.put("ethnicity", "khmer");
		Map<String, Object> report = report(child);
		report.put("reporter", Map.of("anonymous", false, "phone", "0913 222 410"));

		ResponseEntity<Map> response = post(OFFICER, report);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(response)).contains("children[0].dateOfBirth", "children[0].residenceCommuneCode",
				"children[0].incidentCommuneCode", "children[0].specialCircumstances[0].subGroup",
				"children[0].specialCircumstances[1].group", "children[0].ethnicity", "reporter.namedUnlessAnonymous");
		assertThat(response.getBody().toString()).doesNotContain("99999", "FORGOTTEN");
	}

	@Test
	void anAuditorCannotTakeInReports() {
		assertThat(post(AUDITOR, report(child("Võ Văn Phúc", "2014-04-04"))).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post(TestTokens.expired("officer.phutan", "91", "30406", "COMMUNE_OFFICER"),
				report(child("Võ Văn Phúc", "2014-04-04")))
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theSpecialCircumstanceGroupsOfTheProvinceAreListed() {
		List<Map<String, Object>> groups = getList(COLLABORATOR, "/api/cases/code-lists/special-circumstances")
			.getBody();
		assertThat(groups).hasSize(14).first().satisfies(group -> assertThat(group).containsEntry("code", "ORPHANED"));
	}

	private Map<String, Object> awaitCase(String token, String caseId) {
		return awaitCase(token, caseId, file -> true);
	}

	private Map<String, Object> awaitCase(String token, String caseId, Predicate<Map<String, Object>> condition) {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			ResponseEntity<Map> response = get(token, "/api/cases/" + caseId);
			return response.getStatusCode() == HttpStatus.OK && condition.test(response.getBody());
		});
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

	private static Map<String, Object> child(String name, String dateOfBirth, int estimatedAge) {
		Map<String, Object> child = child(name, dateOfBirth);
		child.put("estimatedAge", estimatedAge);
		return child;
	}

	private static List<String> fields(ResponseEntity<Map> response) {
		return ((List<Map<String, Object>>) response.getBody().get("errors")).stream()
			.map(error -> (String) error.get("field"))
			.toList();
	}

	private ResponseEntity<Map> post(String token, Map<String, Object> body) {
		return post(token, "/api/cases/reports", body);
	}

	private ResponseEntity<Map> post(String token, String path, Map<String, Object> body) {
		return this.http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(token)), Map.class);
	}

	private ResponseEntity<Map> get(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), Map.class);
	}

	private ResponseEntity<List> getList(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), List.class);
	}

	private HttpStatus status(String token, String path) {
		return HttpStatus
			.valueOf(this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), String.class)
				.getStatusCode()
				.value());
	}

	private List<Map<String, Object>> list(String token) {
		return getList(token, "/api/cases").getBody();
	}

	private static HttpHeaders headers(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBearerAuth(token);
		return headers;
	}

}
