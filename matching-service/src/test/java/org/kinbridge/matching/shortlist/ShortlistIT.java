package org.kinbridge.matching.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.kinbridge.matching.candidates.CandidateCaregiver;
import org.kinbridge.matching.children.WaitingChild;
import org.kinbridge.platform.audit.AccessRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.EventType;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.matching.CloudEventsProducer;
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
 * The whole way on a real Kafka broker and MongoDB wire server: two approvals from
 * family-service and a need from case-service, published with CloudEvents headers, reach
 * the views; a shortlist made through REST lists the grandmother first and recomputes
 * identically.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=matching-shortlist-it")
class ShortlistIT {

	private static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	private static final ActorRef CHAIR = new ActorRef("chair.phutan", "COMMUNE_CHAIR");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "matching_shortlist_it");
	}

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private ObjectMapper objectMapper;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void theViewsAndTheAccessLogHaveTheirIndexesOnceTheServiceIsReady() {
		assertThat(this.mongo.indexOps(CandidateCaregiver.class).getIndexInfo()).extracting(IndexInfo::getName)
			.contains("by-province-state-commune", "by-commune", "by-kin-case");
		assertThat(this.mongo.indexOps(WaitingChild.class).getIndexInfo()).extracting(IndexInfo::getName)
			.contains("waiting-list", "by-case");
		assertThat(this.mongo.indexOps(Shortlist.class).getIndexInfo()).extracting(IndexInfo::getName)
			.contains("by-need");
		assertThat(this.mongo.indexOps(AccessRecord.class).getIndexInfo()).extracting(IndexInfo::getName)
			.contains("by-subject", "by-user");
	}

	@Test
	void aShortlistMadeFromKafkaEventsListsTheRelativeFirst() throws Exception {
		String run = UUID.randomUUID().toString();
		String caseId = "case-" + run;
		String needId = "need-" + run;
		String grandmother = "cg-gran-" + run;
		String neighbour = "cg-neighbour-" + run;
		CaregiverApprovedV1.Preferences anyChild = new CaregiverApprovedV1.Preferences(null, null, List.of(), true,
				List.of("HEARING"));
		publish(grandmother,
				new CaregiverApprovedV1(grandmother, "91", "30406", List.of("KINSHIP"), caseId, 2, 2, anyChild,
						List.of("vi"), "KINH", "HOA_HAO", "FEMALE", LocalDate.parse("1958-02-01"), 2,
						Instant.parse("2026-12-01T02:00:00Z"), CHAIR));
		publish(neighbour,
				new CaregiverApprovedV1(neighbour, "91", "30406", List.of("NON_RELATIVE", "EMERGENCY"), null, 3, 3,
						anyChild, List.of("vi"), "KINH", "HOA_HAO", "FEMALE", LocalDate.parse("1980-05-01"), 4,
						Instant.parse("2026-12-02T02:00:00Z"), CHAIR));
		AlternativeCareNeededV1 sample;
		try (var in = EventTypes.find(AlternativeCareNeededV1.TYPE).orElseThrow().openSample()) {
			sample = this.objectMapper.readValue(in, AlternativeCareNeededV1.class);
		}
		publish(needId,
				new AlternativeCareNeededV1(needId, caseId, "91", "30406", sample.child(), null, sample.siblings(),
						true, sample.careTypesSought(), List.of(), sample.eligibility(), sample.reason(),
						sample.legalBasis(), sample.decidedAt(), sample.decidedBy()));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> assertThat(get("/api/matching/children/" + needId).getStatusCode()).isEqualTo(HttpStatus.OK));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(caregiverIds()).contains(grandmother, neighbour));

		ResponseEntity<Map> created = this.http.exchange("/api/matching/children/" + needId + "/shortlists",
				HttpMethod.POST, new HttpEntity<>(Map.of(), headers()), Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		List<Map<String, Object>> candidates = (List<Map<String, Object>>) created.getBody().get("candidates");
		assertThat(candidates).extracting(c -> c.get("caregiverId")).containsExactly(grandmother, neighbour);
		assertThat(candidates.get(0)).containsEntry("kin", true).containsEntry("careType", "KINSHIP");
		assertThat((List<String>) candidates.get(0).get("explanation")).first().asString().startsWith("+1000/1000 KIN");

		String location = created.getHeaders().getLocation().toString();
		assertThat(get(location).getBody()).containsEntry("id", created.getBody().get("id"));
		assertThat(get(location + "/recompute").getBody()).containsEntry("identical", true);
		assertThat(get(location + "/why-not/" + neighbour).getBody()).containsEntry("summary", "Listed at rank 2.");
	}

	private void publish(String subject, Object data) throws Exception {
		EventType type = EventTypes.forDataClass(data.getClass()).orElseThrow();
		CloudEventsProducer.shared()
			.publish(type.topic(), "evt-" + UUID.randomUUID(), type.type(), "91", subject,
					this.objectMapper.writeValueAsString(data));
	}

	private ResponseEntity<Map> get(String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), Map.class);
	}

	private List<Object> caregiverIds() {
		List<Map<String, Object>> caregivers = this.http
			.exchange("/api/matching/caregivers?state=ELIGIBLE", HttpMethod.GET, new HttpEntity<>(headers()),
					List.class)
			.getBody();
		return caregivers.stream().map(c -> c.get("caregiverId")).toList();
	}

	private static HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(OFFICER);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}

}
