package org.kinbridge.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.kinbridge.platform.audit.AccessRecord;
import org.kinbridge.testkit.ReplayDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;

/**
 * Issue 7: family-service's read models rebuilt from the event history equal the live
 * ones. A caregiver is registered, vetted and found eligible, and a talk leads to an
 * interest, all through the API; the collections are read, a stray document is planted in
 * each (only a reset handler removes it), both processors are replayed, and the
 * collections must be equal field for field: the projections take every value from the
 * events, none from a clock, so nothing is volatile. The access log and the events stay.
 */
class ReadModelReplayIT extends FamilyServiceItSupport {

	private static final Map<String, List<String>> COLLECTIONS = Map.of("caregiver-files", List.of("caregivers"),
			"outreach", List.of("outreach_interests", "outreach_sessions"));

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private EventProcessingConfiguration processing;

	@Autowired
	private EventStore eventStore;

	@Test
	void everyReadModelRebuiltFromTheHistoryEqualsTheLiveOneAndNothingElseIsTouched() {
		String caregiverId = eligibleCaregiver("Phạm Thị Thu", 2);
		assertThat(get(AUDITOR, file(caregiverId)).getStatusCode()).isEqualTo(HttpStatus.OK);
		String sessionId = (String) post(COLLABORATOR, "/api/families/outreach/sessions",
				Map.of("communeCode", "30406", "heldOn", TODAY.minusDays(1).toString(), "place", "Nhà văn hóa ấp",
						"hamlet", "Ấp Phú Hòa", "topic", "Chăm sóc thay thế", "ledBy", "Cán bộ xã", "attendance", 20,
						"audience", "COMMUNITY"))
			.getBody()
			.get("sessionId");
		assertThat(post(COLLABORATOR, "/api/families/outreach/interests", Map.of("communeCode", "30406", "fullName",
				"Lý Thị Bảy", "phone", "0912 000 111", "sourceSessionId", sessionId))
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ReplayDriver.awaitCaughtUp(this.processing, this.eventStore, COLLECTIONS.keySet(), Duration.ofSeconds(30));
		Map<String, List<Document>> live = ReplayDriver.snapshot(this.mongo.getDb(), collections());
		assertThat(live.get("caregivers")).isNotEmpty();
		assertThat(live.get("outreach_interests")).isNotEmpty();
		List<Document> accessLog = ReplayDriver.sorted(this.mongo.findAll(Document.class, AccessRecord.COLLECTION));
		assertThat(accessLog).isNotEmpty();
		long events = this.mongo.getCollection("domain_events").countDocuments();
		live.keySet()
			.forEach((collection) -> this.mongo.getCollection(collection).insertOne(new Document("_id", "stray")));

		ReplayDriver replays = ReplayDriver
			.withTestToken("http://localhost:" + this.port + "/api/families/admin/replays");
		for (String processor : COLLECTIONS.keySet()) {
			Map<String, Object> finished = replays.replay(processor, Duration.ofSeconds(60));
			assertThat(finished).containsEntry("percent", 100.0);
		}

		assertThat(ReplayDriver.snapshot(this.mongo.getDb(), collections())).isEqualTo(live);
		assertThat(ReplayDriver.sorted(this.mongo.findAll(Document.class, AccessRecord.COLLECTION)))
			.isEqualTo(accessLog);
		assertThat(this.mongo.getCollection("domain_events").countDocuments()).isEqualTo(events);
	}

	private static List<String> collections() {
		return COLLECTIONS.values().stream().flatMap(List::stream).toList();
	}

}
