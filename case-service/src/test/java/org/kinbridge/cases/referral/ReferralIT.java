package org.kinbridge.cases.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kinbridge.cases.PublishedEvents.awaitPublished;
import static org.kinbridge.cases.PublishedEvents.header;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.CloudEventHeaders;
import org.kinbridge.contracts.cases.InitialAssessmentRecordedV1;
import org.kinbridge.contracts.cases.ReferralAcceptedV1;
import org.kinbridge.contracts.cases.ReferralSentV1;
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
 * Referrals against a real Kafka broker and a MongoDB wire server, through the REST API
 * only: a child is referred to a hospital that accepts and is done; the case is offered
 * to phường Sài Gòn (79), which sees only what is shared, accepts, and owns the case from
 * then on, while An Giang (91) keeps the case as it was at the handover.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferralIT {

	private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	private static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	private static final String AUDITOR = TestTokens.token("auditor.angiang", "91", null, "AUDITOR");

	private static final String SAIGON = TestTokens.token("officer.saigon", "79", "26740", "COMMUNE_OFFICER");

	private static final String HCMC_PROVINCE = TestTokens.token("province.hcm", "79", null, "PROVINCE_OFFICER");

	private static final String LEGAL_BASIS = "Nghị định 56/2017/NĐ-CP, Điều 10";

	private static final ObjectMapper JSON = new ObjectMapper();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "case_referral_it");
	}

	@Autowired
	private TestRestTemplate http;

	@Test
	void aHospitalAcceptsAReferralMadeOnConsentAndReportsItsOutcome() {
		String caseId = report();
		String childId = childOf(caseId);

		ResponseEntity<Map> withoutConsent = post(OFFICER, caseId, "referrals",
				referral(hospital(), childId, List.of("IDENTITY", "HEALTH"), false));
		assertThat(withoutConsent.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(withoutConsent.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(fields(withoutConsent)).containsExactlyInAnyOrder("consent", "childOpinions");

		ResponseEntity<Map> sent = post(OFFICER, caseId, "referrals",
				referral(hospital(), childId, List.of("IDENTITY", "HEALTH"), true));
		assertThat(sent.getStatusCode()).as("%s", sent.getBody()).isEqualTo(HttpStatus.CREATED);
		String referralId = (String) sent.getBody().get("referralId");
		assertThat(sent.getHeaders().getLocation().getPath()).endsWith("/referrals/" + referralId);

		ResponseEntity<Map> anonymousAnswer = post(OFFICER, caseId, "referrals/" + referralId + "/accept", Map.of());
		assertThat(anonymousAnswer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(fields(anonymousAnswer)).containsExactly("respondent");
		assertStatus(
				post(OFFICER, caseId, "referrals/" + referralId + "/accept",
						Map.of("respondent", Map.of("name", "BS. Lê Thị Hạnh", "position", "Trưởng khoa Nhi"))),
				"ACCEPTED");
		ResponseEntity<Map> again = post(OFFICER, caseId, "referrals/" + referralId + "/accept",
				Map.of("respondent", Map.of("name", "BS. Lê Thị Hạnh")));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) again.getBody().get("detail")).contains("The referral is ACCEPTED");
		assertStatus(
				post(OFFICER, caseId, "referrals/" + referralId + "/done",
						Map.of("outcome", "Đã điều trị xong.", "respondent", Map.of("name", "BS. Lê Thị Hạnh"))),
				"DONE");

		List<Map<String, Object>> referrals = awaitList(OFFICER, "/api/cases/" + caseId + "/referrals",
				list -> list.size() == 1 && "DONE".equals(list.get(0).get("status")));
		Map<String, Object> done = referrals.get(0);
		assertThat((List<Map<String, Object>>) done.get("answers")).extracting(answer -> answer.get("status"))
			.containsExactly("ACCEPTED", "DONE");
		assertThat((Map<String, Object>) done.get("consent")).containsEntry("childOpinionAge", 7)
			.containsEntry("opinionRequiredOf", List.of(childId));
		assertThat((Map<String, Object>) done.get("sentBy")).containsEntry("userId", "officer.phutan");
		Map<String, Object> file = awaitGet(OFFICER, "/api/cases/" + caseId,
				found -> deadline(found, "REFERRAL_RESPONSE:" + referralId) != null);
		assertThat(deadline(file, "REFERRAL_RESPONSE:" + referralId).get("metAt")).isNotNull();
	}

	@Test
	void anotherProvinceIsToldTheCaseDoesNotExistOnEveryReferralEndpoint() {
		String caseId = report();
		String childId = childOf(caseId);
		String referralId = (String) post(OFFICER, caseId, "referrals",
				referral(hospital(), childId, List.of("IDENTITY"), true))
			.getBody()
			.get("referralId");

		assertThat(get(SAIGON, "/api/cases/" + caseId + "/referrals").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(post(SAIGON, caseId, "referrals", referral(hospital(), childId, List.of("IDENTITY"), true))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		Map<String, Object> respondent = Map.of("name", "Ai đó");
		assertThat(post(SAIGON, caseId, "referrals/" + referralId + "/accept",
				Map.of("respondent", respondent, "legalBasis", LEGAL_BASIS))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(post(SAIGON, caseId, "referrals/" + referralId + "/reject",
				Map.of("reason", "x", "respondent", respondent))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(post(SAIGON, caseId, "referrals/" + referralId + "/revoke", Map.of("reason", "x")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(post(SAIGON, caseId, "referrals/" + referralId + "/done",
				Map.of("outcome", "x", "respondent", respondent))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(list(SAIGON, "/api/cases/referrals/incoming"))
			.noneMatch(incoming -> caseId.equals(incoming.get("caseId")));
	}

	@Test
	void aCaseOfferedToAnotherProvinceMovesThereWhenItAcceptsAndTheFormerOwnerKeepsItAsItWas() {
		String caseId = report();
		String childId = childOf(caseId);
		String referralId = (String) post(OFFICER, caseId, "referrals",
				referral(Map.of("type", "OTHER_PROVINCE", "name", "UBND phường Sài Gòn", "provinceCode", "79",
						"communeCode", "26740"), childId, List.of("IDENTITY"), true))
			.getBody()
			.get("referralId");

		// Sài Gòn sees who is referred and why, and nothing that was not shared.
		List<Map<String, Object>> incoming = awaitList(SAIGON, "/api/cases/referrals/incoming",
				list -> list.stream().anyMatch(offer -> referralId.equals(offer.get("referralId"))));
		Map<String, Object> offer = incoming.stream()
			.filter(found -> referralId.equals(found.get("referralId")))
			.findFirst()
			.orElseThrow();
		assertThat(offer).containsEntry("status", "SENT")
			.containsEntry("fromProvinceCode", "91")
			.containsEntry("consentBasis", "PARENTAL_CONSENT");
		Map<String, Object> shared = (Map<String, Object>) offer.get("shared");
		assertThat(shared).containsOnlyKeys("children");
		assertThat((List<Map<String, Object>>) shared.get("children")).singleElement()
			.satisfies(child -> assertThat(child).containsEntry("fullName", "Nguyễn Văn An")
				.doesNotContainKeys("residence", "concerns", "hasDisability"));
		assertThat(offer.toString()).doesNotContain("Hai em ở nhà một mình", "Trần Thị Lan");
		assertThat(list(HCMC_PROVINCE, "/api/cases/referrals/incoming?status=SENT"))
			.anyMatch(found -> referralId.equals(found.get("referralId")));
		assertThat(get(SAIGON, "/api/cases/" + caseId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		List<Map<String, Object>> reads = list(AUDITOR, "/api/cases/access-records?caseId=" + caseId);
		assertThat(reads).anySatisfy(read -> assertThat(read).containsEntry("userId", "officer.saigon")
			.containsEntry("purpose", "SHARED_BY_REFERRAL"));

		// Only Sài Gòn answers, and taking a case over needs its legal basis.
		assertThat(post(OFFICER, caseId, "referrals/" + referralId + "/accept", Map.of("legalBasis", LEGAL_BASIS))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> noBasis = post(SAIGON, caseId, "referrals/" + referralId + "/accept", Map.of());
		assertThat(noBasis.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(fields(noBasis)).containsExactly("legalBasis");
		assertStatus(post(SAIGON, caseId, "referrals/" + referralId + "/accept",
				Map.of("note", "Gia đình đã đăng ký tạm trú.", "legalBasis", LEGAL_BASIS)), "ACCEPTED");

		// Sài Gòn owns the case now; An Giang keeps it as it was and can no longer act.
		Map<String, Object> moved = awaitGet(SAIGON, "/api/cases/" + caseId,
				found -> "79".equals(found.get("provinceCode")));
		assertThat(moved).containsEntry("communeCode", "26740").containsEntry("assignedTo", "officer.saigon");
		assertThat((List<Map<String, Object>>) moved.get("formerOwners")).singleElement()
			.satisfies(owner -> assertThat(owner).containsEntry("provinceCode", "91")
				.containsEntry("communeCode", "30406")
				.containsEntry("referralId", referralId));
		assertThat(post(OFFICER, caseId, "initial-assessment",
				Map.of("riskLevel", "LOW", "seriousHarm", false, "findings", "Không còn ở xã."))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<Map> assessed = post(SAIGON, caseId, "initial-assessment",
				Map.of("riskLevel", "MEDIUM", "seriousHarm", false, "findings", "Đánh giá tại nơi ở mới."));
		assertThat(assessed.getStatusCode()).as("%s", assessed.getBody()).isEqualTo(HttpStatus.OK);
		awaitGet(SAIGON, "/api/cases/" + caseId, found -> "INITIAL_ASSESSMENT_DONE".equals(found.get("status")));

		// On Kafka each step is filed where the case was when it was taken: the offer and
		// its acceptance under An Giang, the new owner's assessment under Sài Gòn.
		ConsumerRecord<String, String> sent = awaitPublished(caseId, ReferralSentV1.TYPE);
		ConsumerRecord<String, String> accepted = awaitPublished(caseId, ReferralAcceptedV1.TYPE);
		ConsumerRecord<String, String> assessment = awaitPublished(caseId, InitialAssessmentRecordedV1.TYPE);
		assertThat(header(sent, CloudEventHeaders.CE_PROVINCE)).isEqualTo("91");
		assertThat(header(accepted, CloudEventHeaders.CE_PROVINCE)).isEqualTo("91");
		assertThat(header(assessment, CloudEventHeaders.CE_PROVINCE)).isEqualTo("79");
		assertThat(json(accepted)).containsEntry("communeCode", "30406")
			.containsEntry("recordedBy", Map.of("userId", "officer.saigon", "role", "COMMUNE_OFFICER"));
		assertThat(json(assessment)).containsEntry("communeCode", "26740").containsEntry("riskLevel", "MEDIUM");
		assertThat(sent.value()).doesNotContain("Trần Thị Mai", "Em đồng ý đi cùng mẹ");

		Map<String, Object> asItWas = get(OFFICER, "/api/cases/" + caseId).getBody();
		assertThat(asItWas).containsEntry("provinceCode", "91")
			.containsEntry("communeCode", "30406")
			.containsEntry("status", "TRANSFERRED");
		assertThat((Map<String, Object>) asItWas.get("handedOverTo")).containsEntry("provinceCode", "79")
			.containsEntry("communeCode", "26740")
			.containsEntry("statusAtHandover", "REPORT_RECEIVED")
			.containsKey("at");
		assertThat(get(OFFICER, "/api/cases/" + caseId + "/referrals").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(list(OFFICER, "/api/cases")).noneMatch(found -> caseId.equals(found.get("caseId")));
		assertThat(list(SAIGON, "/api/cases")).anyMatch(found -> caseId.equals(found.get("caseId")));
		assertThat(list(SAIGON, "/api/cases/" + caseId + "/referrals")).singleElement()
			.satisfies(
					referral -> assertThat(referral).containsEntry("status", "ACCEPTED").containsKey("handedOverAt"));
	}

	private static Map<String, Object> json(ConsumerRecord<String, String> record) {
		try {
			return JSON.readValue(record.value(), Map.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String report() {
		Map<String, Object> body = Map.of("channel", "HOTLINE_111", "receivedAt",
				OffsetDateTime.ofInstant(Instant.now().minus(Duration.ofHours(1)), VIETNAM).toString(), "reporter",
				Map.of("anonymous", false, "name", "Trần Thị Lan", "phone", "0912 345 678"), "communeCode", "30406",
				"summary", "Hai em ở nhà một mình nhiều ngày.", "children", List.of(Map.of("fullName", "Nguyễn Văn An",
						"sex", "MALE", "dateOfBirth", "2016-03-02", "concerns", List.of("NEGLECT_OR_ABANDONMENT"))));
		ResponseEntity<Map> opened = this.http.exchange("/api/cases/reports", HttpMethod.POST,
				new HttpEntity<>(body, headers(OFFICER)), Map.class);
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) opened.getBody().get("caseId");
	}

	private String childOf(String caseId) {
		Map<String, Object> file = awaitGet(OFFICER, "/api/cases/" + caseId, found -> true);
		return (String) ((List<Map<String, Object>>) file.get("children")).get(0).get("childId");
	}

	private static Map<String, Object> hospital() {
		return Map.of("type", "HEALTH", "name", "Bệnh viện Đa khoa khu vực Tân Châu");
	}

	private static Map<String, Object> referral(Map<String, Object> target, String childId, List<String> shared,
			boolean withConsent) {
		String today = LocalDate.now(VIETNAM).toString();
		Map<String, Object> body = new HashMap<>(Map.of("target", target, "childIds", List.of(childId), "purpose",
				"Khám và điều trị; gia đình chuyển nơi ở.", "sharedItems", shared));
		if (withConsent) {
			body.put("consent",
					Map.of("givenBy", "PARENT", "name", "Trần Thị Mai", "givenOn", today, "form", "VERBAL"));
			body.put("childOpinions", List.of(Map.of("childId", childId, "obtainedOn", today, "summary",
					"Em đồng ý đi cùng mẹ.", "agrees", true)));
		}
		return body;
	}

	private static Map<String, Object> deadline(Map<String, Object> file, String kind) {
		return ((List<Map<String, Object>>) file.get("deadlines")).stream()
			.filter(found -> kind.equals(found.get("kind")))
			.findFirst()
			.orElse(null);
	}

	private static void assertStatus(ResponseEntity<Map> response, String status) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("status", status);
	}

	private static List<Object> fields(ResponseEntity<Map> response) {
		return ((List<Map<String, Object>>) response.getBody().get("errors")).stream()
			.map(error -> error.get("field"))
			.toList();
	}

	private Map<String, Object> awaitGet(String token, String path, Predicate<Map<String, Object>> condition) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			ResponseEntity<Map> response = get(token, path);
			return (response.getStatusCode() == HttpStatus.OK) ? (Map<String, Object>) response.getBody() : null;
		}, found -> found != null && condition.test(found));
	}

	private List<Map<String, Object>> awaitList(String token, String path,
			Predicate<List<Map<String, Object>>> condition) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			ResponseEntity<List> response = getList(token, path);
			return (response.getStatusCode() == HttpStatus.OK) ? (List<Map<String, Object>>) response.getBody() : null;
		}, found -> found != null && condition.test(found));
	}

	private ResponseEntity<Map> get(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), Map.class);
	}

	private List<Map<String, Object>> list(String token, String path) {
		ResponseEntity<List> response = getList(token, path);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return (List<Map<String, Object>>) response.getBody();
	}

	private ResponseEntity<List> getList(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), List.class);
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
