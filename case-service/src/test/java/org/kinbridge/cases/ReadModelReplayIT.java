package org.kinbridge.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.security.MatrixFixture;
import org.kinbridge.platform.audit.AccessRecord;
import org.kinbridge.platform.replay.ReplayProperties;
import org.kinbridge.testkit.ReplayDriver;
import org.kinbridge.testkit.SharedInfrastructure;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 7: every read model of case-service can be rebuilt from the event history, and
 * the rebuilt state equals the live one. The state is built through the API (two
 * provinces of the access-matrix fixture: cases, a possible duplicate, assessments, a
 * referral, a need for alternative care with a relative, a hamlet, a collaborator and a
 * survey round), every read-model collection is read, each replayable processor is
 * replayed, and the collections must be equal field for field: the projections take every
 * value from the events, none from a clock, so nothing is volatile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=case-service-replay-it")
class ReadModelReplayIT {

	/** Each replayable processor's own collections, as its reset handler clears them. */
	private static final Map<String, List<String>> COLLECTIONS = Map.of("case-files",
			List.of("cases", "case_handovers", "case_alternative_care", "case_referrals"), "case-assessments",
			List.of("case_assessments"), "case-plans", List.of("case_plans"), "survey-rosters",
			List.of("hamlets", "collaborators"), "survey-rounds", List.of("survey_rounds"), "commune-lists",
			List.of("commune_list_cases", "commune_list_hamlet_links"));

	private static final String ADMIN = TestTokens.token("admin.platform", "91", null, "PLATFORM_ADMIN");

	private static final String AUDITOR = TestTokens.token("auditor.angiang", "91", null, "AUDITOR");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "case_replay_it");
	}

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private EventProcessingConfiguration processing;

	@Autowired
	private EventStore eventStore;

	@Autowired
	private ReplayProperties replayProperties;

	@Test
	void everyReadModelRebuiltFromTheHistoryEqualsTheLiveOneAndNothingElseIsTouched() {
		MatrixFixture fixture = new MatrixFixture(this.http);
		fixture.province("91", "30406", people("Phan Thị Bích Ngọc", "Trương Thị Hoa"));
		fixture.province("79", "26740", people("Đỗ Minh Khôi", "Hồ Văn Phúc"));
		assertThat(this.replayProperties.processors()).containsExactlyInAnyOrderElementsOf(COLLECTIONS.keySet());
		ReplayDriver.awaitCaughtUp(this.processing, this.eventStore, COLLECTIONS.keySet(), Duration.ofSeconds(30));
		Map<String, List<Document>> live = ReplayDriver.snapshot(this.mongo.getDb(), collections());
		assertThat(live.get("cases")).hasSize(4);
		List<Document> accessLog = ReplayDriver.sorted(this.mongo.findAll(Document.class, AccessRecord.COLLECTION));
		assertThat(accessLog).isNotEmpty();
		long events = this.mongo.getCollection("domain_events").countDocuments();
		// A document no event explains: only a reset handler that clears the collection
		// removes it.
		live.keySet()
			.forEach((collection) -> this.mongo.getCollection(collection).insertOne(new Document("_id", "stray")));

		ReplayDriver replays = new ReplayDriver(replaysUrl(), ADMIN);
		for (String processor : COLLECTIONS.keySet()) {
			Map<String, Object> finished = replays.replay(processor, Duration.ofSeconds(60));
			assertThat(finished).containsEntry("processor", processor).containsEntry("percent", 100.0);
			assertThat(((Number) finished.get("eventsDone")).longValue())
				.isEqualTo(((Number) finished.get("eventsTotal")).longValue())
				.isPositive();
			assertThat(finished.get("finishedAt")).isNotNull();
		}

		assertThat(ReplayDriver.snapshot(this.mongo.getDb(), collections())).isEqualTo(live);
		assertThat(ReplayDriver.sorted(this.mongo.findAll(Document.class, AccessRecord.COLLECTION)))
			.isEqualTo(accessLog);
		assertThat(this.mongo.getCollection("domain_events").countDocuments()).isEqualTo(events);
	}

	@Test
	void anAuditorFollowsReplaysButOnlyThePlatformAdministratorStartsOne() {
		ResponseEntity<String> started = this.http.exchange(replaysUrl(), HttpMethod.POST,
				entity(AUDITOR, "{\"processor\": \"case-plans\"}"), String.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		ReplayDriver replays = new ReplayDriver(replaysUrl(), ADMIN);
		String replayId = replays.start("case-plans");
		ResponseEntity<String> list = this.http.exchange(replaysUrl(), HttpMethod.GET, entity(AUDITOR, null),
				String.class);
		assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(list.getBody()).contains(replayId, "case-plans", "eventsPerSecond", "eventsTotal");
		replays.awaitOver(replayId, Duration.ofSeconds(60));
	}

	@Test
	void aProcessorThatIsNotAReadModelCannotBeReplayed() {
		for (String processor : List.of("kinbridge-integration-publisher", "no-such-processor")) {
			ResponseEntity<String> refused = this.http.exchange(replaysUrl(), HttpMethod.POST,
					entity(ADMIN, "{\"processor\": \"" + processor + "\"}"), String.class);
			assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		}
		ResponseEntity<String> unknown = this.http.exchange(replaysUrl() + "/no-such-replay", HttpMethod.GET,
				entity(ADMIN, null), String.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private String replaysUrl() {
		return "http://localhost:" + this.port + "/api/cases/admin/replays";
	}

	private static HttpEntity<String> entity(String token, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
		return new HttpEntity<>(body, headers);
	}

	private static MatrixFixture.People people(String child, String reporter) {
		return new MatrixFixture.People(child, "2016-03-02", child + " Anh", "2013-08-14", reporter, "0912 345 678",
				"Trần Văn Tư", "Lê Thị Sáu", "0918 111 222", "Võ Thị Lệ", "0913 222 410");
	}

	private static List<String> collections() {
		return COLLECTIONS.values().stream().flatMap(List::stream).toList();
	}

}
