package org.kinbridge.cases.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.kinbridge.testkit.TestTokens;
import org.kinbridge.testkit.isolation.Tenant;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Builds, through the API as a commune officer would, everything the matrix's paths name
 * in one province: a case with two children that was reported twice (so that it has a
 * possible duplicate), assessed, referred to a hospital, with a need for alternative care
 * whose checklist is complete and a relative; and a hamlet, a collaborator and an open
 * survey round of the commune.
 */
public final class MatrixFixture {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String HAMLET = "MX_AP_1";

	private final TestRestTemplate http;

	public MatrixFixture(TestRestTemplate http) {
		this.http = http;
	}

	/**
	 * The people of one province's fixture; every value is personal data that must stay
	 * in the province and out of the logs.
	 */
	public record People(String child, String childBorn, String sibling, String siblingBorn, String reporter,
			String reporterPhone, String parent, String relative, String relativePhone, String collaborator,
			String collaboratorPhone) {

		List<String> all() {
			return List.of(this.child, this.childBorn, this.sibling, this.siblingBorn, this.reporter,
					this.reporterPhone, this.parent, this.relative, this.relativePhone, this.collaborator,
					this.collaboratorPhone);
		}

	}

	/**
	 * @return the province's objects, named as the matrix names them; its secrets are its
	 * ids and its people
	 */
	public Tenant province(String province, String commune, People people) {
		String officer = TestTokens.token("fixture.officer." + province, province, commune, "COMMUNE_OFFICER");
		Map<String, String> values = new HashMap<>();
		values.put("communeCode", commune);
		values.put("hamletCode", HAMLET);
		values.put("list", "special-circumstances");
		values.put("childName", people.child());

		Map<String, Object> opened = created(
				send(officer, HttpMethod.POST, "/api/cases/reports", report(commune, people)));
		String caseId = (String) opened.get("caseId");
		values.put("caseId", caseId);
		values.put("caseNumber", (String) opened.get("caseNumber"));
		// Duplicates are looked for in the case list, which follows the report a moment
		// later.
		Map<String, Object> file = awaitRead(officer, "/api/cases/" + caseId, (found) -> found.get("children") != null);
		List<Map<String, Object>> children = (List<Map<String, Object>>) file.get("children");
		values.put("childId", childIdOf(children, people.child()));
		values.put("siblingId", childIdOf(children, people.sibling()));
		Map<String, Object> again = created(
				send(officer, HttpMethod.POST, "/api/cases/reports", report(commune, people)));
		assertThat((List<?>) again.get("possibleDuplicates")).as("the second report is flagged").isNotEmpty();
		values.put("otherCaseId", (String) again.get("caseId"));

		ok(send(officer, HttpMethod.POST, "/api/cases/" + caseId + "/initial-assessment",
				Map.of("riskLevel", "HIGH", "seriousHarm", false, "findings", "Không còn ai chăm sóc các em.")));
		awaitRead(officer, "/api/cases/" + caseId + "/assessments", (found) -> found.get("initial") != null);

		String today = LocalDate.now(VIETNAM).toString();
		values.put("referralId", (String) created(send(officer, HttpMethod.POST, "/api/cases/" + caseId + "/referrals",
				Map.of("target", Map.of("type", "HEALTH", "name", "Bệnh viện Đa khoa"), "childIds",
						List.of(values.get("childId")), "purpose", "Khám sức khỏe.", "sharedItems", List.of("IDENTITY"),
						"consent",
						Map.of("givenBy", "PARENT", "name", people.parent(), "givenOn", today, "form", "VERBAL"),
						"childOpinions", List.of(Map.of("childId", values.get("childId"), "obtainedOn", today,
								"summary", "Em đồng ý.", "agrees", true)))))
			.get("referralId"));

		String care = "/api/cases/" + caseId + "/alternative-care";
		String needId = (String) created(send(officer, HttpMethod.POST, care + "/needs",
				Map.of("childIds", List.of(values.get("childId")), "keepSiblingsTogether", false, "splitReason",
						"Anh của em đã ở với bác.", "category", "ORPHANED_OR_ABANDONED", "reason",
						"Mẹ mất, cha không rõ tung tích.", "legalBasis", "Luật Trẻ em 2016, Điều 62", "careTypesSought",
						List.of("KINSHIP"))))
			.get("needId");
		values.put("needId", needId);
		completeChecklist(officer, care + "/needs/" + needId, values.get("childId"), people);
		Map<String, Object> relative = new HashMap<>(
				Map.of("fullName", people.relative(), "relation", "GRANDPARENT", "phone", people.relativePhone(),
						"provinceCode", province, "communeCode", commune, "response", "WILLING"));
		values.put("relativeId",
				(String) created(send(officer, HttpMethod.POST, care + "/relatives", relative)).get("relativeId"));

		String communePath = "/api/cases/communes/" + commune;
		created(send(officer, HttpMethod.POST, communePath + "/hamlets",
				Map.of("code", HAMLET, "name", "ấp Mỹ Xuyên", "kind", "AP")));
		awaitList(officer, communePath + "/hamlets",
				(found) -> found.stream().anyMatch((h) -> HAMLET.equals(h.get("code"))));
		// The collaborator is the matrix's COLLABORATOR user, so that they record their
		// own
		// hamlet.
		String collaboratorId = (String) created(send(officer, HttpMethod.POST, communePath + "/collaborators",
				Map.of("fullName", people.collaborator(), "phone", people.collaboratorPhone(), "userId",
						"matrix.collaborator." + province, "hamletCodes", List.of(HAMLET), "activeFrom", "2026-01-01")))
			.get("collaboratorId");
		values.put("collaboratorId", collaboratorId);
		awaitList(officer, communePath + "/collaborators",
				(found) -> found.stream().anyMatch((c) -> collaboratorId.equals(c.get("collaboratorId"))));
		LocalDate day = LocalDate.now(VIETNAM);
		String roundId = (String) created(
				send(officer, HttpMethod.POST, communePath + "/survey-rounds", Map.of("title", "Khảo sát định kỳ",
						"periodStart", day.minusDays(7).toString(), "periodEnd", day.plusDays(30).toString())))
			.get("roundId");
		values.put("roundId", roundId);
		awaitRead(officer, communePath + "/survey-rounds/" + roundId, (found) -> found.get("hamlets") != null);

		Set<String> secrets = new LinkedHashSet<>(List.of(caseId, values.get("otherCaseId"), values.get("caseNumber"),
				values.get("childId"), values.get("siblingId"), values.get("referralId"), needId,
				values.get("relativeId"), collaboratorId, roundId));
		secrets.addAll(people.all());
		return new Tenant(province, commune, values, secrets);
	}

	private static Map<String, Object> report(String commune, People people) {
		return Map.of("channel", "HOTLINE_111", "receivedAt", "2026-11-28T08:30:00+07:00", "reporter",
				Map.of("anonymous", false, "name", people.reporter(), "phone", people.reporterPhone()), "communeCode",
				commune, "summary", "Hai em ở nhà một mình nhiều ngày.", "children",
				List.of(child(people.child(), people.childBorn(), "FEMALE"),
						child(people.sibling(), people.siblingBorn(), "MALE")));
	}

	private static Map<String, Object> child(String name, String born, String sex) {
		return Map.of("fullName", name, "sex", sex, "dateOfBirth", born, "concerns", List.of("NEGLECT_OR_ABANDONMENT"));
	}

	private void completeChecklist(String officer, String need, String childId, People people) {
		String today = LocalDate.now(VIETNAM).toString();
		for (String item : List.of("BIRTH_CERTIFICATE_OR_ID", "HEALTH_RECORD", "ASSESSMENT_FORM_10")) {
			ok(send(officer, HttpMethod.POST, need + "/dossier",
					Map.of("childId", childId, "item", item, "evidenceRef", item + "-1")));
		}
		ok(send(officer, HttpMethod.POST, need + "/dossier",
				Map.of("childId", childId, "item", "PHOTOS", "evidenceRef", "ANH-1", "takenOn", today)));
		ok(send(officer, HttpMethod.POST, need + "/consent", Map.of("childId", childId, "basis", "GUARDIAN_CONSENT",
				"givenBy", people.parent(), "givenByRelation", "bác ruột", "documentRef", "DY-2026-17")));
		ok(send(officer, HttpMethod.POST, need + "/child-opinion",
				Map.of("childId", childId, "obtainedOn", today, "summary", "Em muốn ở với bà.", "agrees", true)));
	}

	private static String childIdOf(List<Map<String, Object>> children, String name) {
		return children.stream()
			.filter((child) -> name.equals(child.get("fullName")))
			.map((child) -> (String) child.get("childId"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no child named as reported in " + children));
	}

	private Map<String, Object> awaitRead(String token, String path, Predicate<Map<String, Object>> condition) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			ResponseEntity<Map> response = this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)),
					Map.class);
			return (response.getStatusCode() == HttpStatus.OK) ? (Map<String, Object>) response.getBody() : null;
		}, (found) -> found != null && condition.test(found));
	}

	private void awaitList(String token, String path, Predicate<List<Map<String, Object>>> condition) {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			ResponseEntity<List> response = this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)),
					List.class);
			return (response.getStatusCode() == HttpStatus.OK) ? (List<Map<String, Object>>) response.getBody() : null;
		}, (found) -> found != null && condition.test(found));
	}

	private ResponseEntity<Map> send(String token, HttpMethod method, String path, Object body) {
		return this.http.exchange(path, method, new HttpEntity<>(body, headers(token)), Map.class);
	}

	private static Map<String, Object> created(ResponseEntity<Map> response) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
		return response.getBody();
	}

	private static void ok(ResponseEntity<Map> response) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
	}

	private static HttpHeaders headers(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBearerAuth(token);
		return headers;
	}

}
