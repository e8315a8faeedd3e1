package org.kinbridge.matching.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.kinbridge.matching.candidates.CandidateCaregiver;
import org.kinbridge.matching.candidates.CandidateState;
import org.kinbridge.matching.children.WaitingChild;
import org.kinbridge.matching.children.WaitingState;
import org.kinbridge.testkit.SharedInfrastructure;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.filter.TypeExcludeFilters;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * matching-service on the shared Kafka broker and MongoDB wire server, with the REST
 * calls and the view data the placement tests share. The tests share one application
 * context; each works on children and caregivers of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=matching-placement-it")
@TypeExcludeFilters(ServiceContextOnly.class)
abstract class PlacementIntegration {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	static final String CHAIR = TestTokens.token("chair.phutan", "91", "30406", "COMMUNE_CHAIR");

	/** The proposing officer, who also stands in for the chair. */
	static final String OFFICER_AND_CHAIR = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER",
			"COMMUNE_CHAIR");

	static final String PROVINCE_OFFICER = TestTokens.token("province.angiang", "91", null, "PROVINCE_OFFICER");

	static final String AUDITOR = TestTokens.token("auditor.angiang", "91", null, "AUDITOR");

	static final String ANALYST = TestTokens.token("analyst.angiang", "91", null, "ANALYST");

	static final String OTHER_COMMUNE = TestTokens.token("officer.chaudoc", "91", "30316", "COMMUNE_OFFICER");

	static final String OTHER_PROVINCE = TestTokens.token("officer.saigon", "79", "26740", "COMMUNE_OFFICER");

	static final String CHAIR_OF_OTHER_PROVINCE = TestTokens.token("chair.saigon", "79", "26740", "COMMUNE_CHAIR");

	static final String LEGAL_BASIS = "Law on Children 2016 Art. 62, 63; Decree 56/2017/ND-CP";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "matching_placement_it");
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	MongoTemplate mongo;

	static LocalDate today() {
		return LocalDate.now(VIETNAM);
	}

	// The views, as matching learnt them from case- and family-service

	/** A child of Phú Tân who waits, born on the given day, or of unknown age. */
	String waitingChild(LocalDate dateOfBirth) {
		return waitingChild(dateOfBirth, "30406");
	}

	String waitingChild(LocalDate dateOfBirth, String commune) {
		String needId = "need-" + UUID.randomUUID();
		Instant since = Instant.now().minus(Duration.ofDays(20));
		this.mongo.insert(new WaitingChild(needId, "case-" + needId, "91", commune, commune,
				new WaitingChild.ChildProfile("child-" + needId, "case-" + needId, "MALE", dateOfBirth, null, "KINH",
						"NONE", List.of("vi"), List.of(), List.of()),
				null, List.of(), false, List.of("KINSHIP", "EMERGENCY"), List.of(), null, WaitingState.WAITING, since,
				since, null, null, "evt-" + needId));
		return needId;
	}

	String caregiver(int capacity, CandidateState state) {
		return caregiver(capacity, state, null);
	}

	/**
	 * A relative who registered for the case of the need, so that the shortlist lists
	 * them.
	 */
	String kinCaregiver(String needId) {
		return caregiver(1, CandidateState.ELIGIBLE, "case-" + needId);
	}

	private String caregiver(int capacity, CandidateState state, String kinCaseId) {
		String caregiverId = "cg-" + UUID.randomUUID();
		Instant approved = Instant.now().minus(Duration.ofDays(30));
		this.mongo.insert(new CandidateCaregiver(caregiverId, "91", "30406", null, LocalDate.of(1962, 4, 1), "FEMALE",
				List.of("KINSHIP", "EMERGENCY"), kinCaseId, capacity, 0, capacity, null, List.of("vi"), "KINH", "NONE",
				3, state, approved, approved, approved, approved, "evt-" + caregiverId));
		return caregiverId;
	}

	String eligibleCaregiver(int capacity) {
		return caregiver(capacity, CandidateState.ELIGIBLE);
	}

	// The placement API

	ResponseEntity<Map> propose(String token, String needId, String caregiverId) {
		return post(token, "/api/matching/placements", Map.of("needId", needId, "caregiverId", caregiverId, "careType",
				"KINSHIP", "reason", "The grandmother asked to take the child."));
	}

	/** Proposes as the commune officer and returns the new placement's id. */
	String proposed(String needId, String caregiverId) {
		ResponseEntity<Map> response = propose(OFFICER, needId, caregiverId);
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
		return (String) response.getBody().get("placementId");
	}

	ResponseEntity<Map> step(String token, String placementId, String step, Map<String, ?> body) {
		return post(token, "/api/matching/placements/" + placementId + "/" + step, body);
	}

	/** Takes a step that must succeed and returns the state it led to. */
	String stepOk(String token, String placementId, String step, Map<String, ?> body) {
		ResponseEntity<Map> response = step(token, placementId, step, body);
		assertThat(response.getStatusCode()).as("%s %s", step, response.getBody()).isEqualTo(HttpStatus.OK);
		return (String) response.getBody().get("state");
	}

	static Map<String, Object> consent() {
		return Map.of("consentedOn", today().toString(), "note", "Signed the consent form.");
	}

	static Map<String, Object> opinion(boolean agrees) {
		return Map.of("consultedOn", today().toString(), "opinion", "Wants to live with his grandmother.", "agrees",
				agrees);
	}

	static Map<String, Object> decision() {
		return Map.of("decisionNumber", "125/QĐ-UBND", "reason", "The grandmother is eligible and the boy agreed.",
				"legalBasis", LEGAL_BASIS);
	}

	static Map<String, Object> handover() {
		return Map.of("handedOverOn", today().toString(), "note", "Handed over at the commune office.");
	}

	/** Takes a placement of a child of 10 to the chair's decision. */
	String decided(String needId, String caregiverId) {
		String placementId = proposed(needId, caregiverId);
		stepOk(OFFICER, placementId, "caregiver-consent", consent());
		stepOk(OFFICER, placementId, "child-opinion", opinion(true));
		stepOk(CHAIR, placementId, "decision", decision());
		return placementId;
	}

	ResponseEntity<Map> post(String token, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		if (token != null) {
			headers.setBearerAuth(token);
		}
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
	}

	<T> ResponseEntity<T> get(String token, String path, Class<T> type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
	}

	/** The placement as the read model shows it, once it satisfies the condition. */
	Map<String, Object> awaitPlacement(String token, String placementId, Predicate<Map<String, Object>> condition) {
		Map<String, Object>[] found = new Map[1];
		await().atMost(Duration.ofSeconds(90)).until(() -> {
			ResponseEntity<Map> response = get(token, "/api/matching/placements/" + placementId, Map.class);
			found[0] = response.getStatusCode().is2xxSuccessful() ? response.getBody() : null;
			return found[0] != null && condition.test(found[0]);
		});
		return found[0];
	}

	static Predicate<Map<String, Object>> inState(String state) {
		return view -> state.equals(view.get("state"));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Map<String, Object> view, String field) {
		return (List<Map<String, Object>>) view.get(field);
	}

	@SuppressWarnings("unchecked")
	static List<String> fields(ResponseEntity<Map> problem) {
		return ((List<Map<String, Object>>) problem.getBody().get("errors")).stream()
			.map(error -> (String) error.get("field"))
			.toList();
	}

	static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(body);
		changed.put(field, value);
		return changed;
	}

}
