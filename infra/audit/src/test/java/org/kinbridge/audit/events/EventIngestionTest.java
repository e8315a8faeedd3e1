package org.kinbridge.audit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.audit.AuditTestbed;
import org.kinbridge.platform.kafka.PoisonEventException;

/**
 * Keeping events as published: once per id, in arrival order per province, decisions in
 * the log and everything else as history only.
 */
class EventIngestionTest {

	private final AuditTestbed audit = new AuditTestbed(100);

	@AfterEach
	void close() {
		this.audit.close();
	}

	@Test
	void keepsTheDataBytesAndHeadersExactlyAsPublished() {
		ConsumerRecord<String, String> record = this.audit.placementDecided("e1", "case-1", "cg-1");

		this.audit.ingestion.onRecord(record);

		StoredEvent stored = this.audit.events.find("e1").orElseThrow();
		assertThat(stored.data()).isEqualTo(record.value().getBytes(StandardCharsets.UTF_8));
		assertThat(stored.headers()).extracting(StoredEvent.Header::name)
			.containsExactly("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time", "content-type",
					"ce_province", "ce_actor");
		assertThat(stored.caseIds()).containsExactly("case-1");
		assertThat(stored.caregiverIds()).containsExactly("cg-1");
	}

	@Test
	void anEventDeliveredTwiceIsKeptAndLoggedOnce() {
		ConsumerRecord<String, String> record = this.audit.placementDecided("e1", "case-1", "cg-1");

		this.audit.ingestion.onRecord(record);
		this.audit.ingestion.onRecord(record);

		assertThat(this.audit.events.aboutCase("case-1", null)).hasSize(1);
		assertThat(this.audit.logs.log("91").size()).isEqualTo(1);
	}

	@Test
	void aRedeliveryAfterACrashBeforeTheLeafWasRecordedKeepsTheEarlierLeaf() {
		ConsumerRecord<String, String> record = this.audit.placementDecided("e1", "case-1", "cg-1");
		this.audit.ingestion.onRecord(record);
		this.audit.database.getCollection(PublishedEvents.COLLECTION)
			.updateOne(Filters.eq("_id", "e1"), Updates.set("leafIndex", null));

		this.audit.ingestion.onRecord(record);

		assertThat(this.audit.logs.log("91").size()).isEqualTo(1);
		assertThat(this.audit.events.find("e1").orElseThrow().leafIndex()).isZero();
	}

	@Test
	void eventsOfAProvinceArePositionedInArrivalOrder() {
		this.audit.ingestion.onRecord(this.audit.placementDecided("e1", "case-1", "cg-1"));
		this.audit.ingestion.onRecord(this.audit.record(AuditTestbed.CASE_TOPIC, "e2",
				"org.kinbridge.case.report-received.v1", "79", "case-9", "{\"caseId\":\"case-9\"}"));
		this.audit.ingestion.onRecord(this.audit.placementDecided("e3", "case-1", "cg-1"));

		assertThat(this.audit.events.aboutCase("case-1", null)).extracting(StoredEvent::position)
			.containsExactly(1L, 2L);
		assertThat(this.audit.events.find("e2").orElseThrow().position()).isEqualTo(1L);
	}

	@Test
	void anUnknownTypeIsKeptAsHistoryButNotLogged() {
		this.audit.ingestion.onRecord(this.audit.record(AuditTestbed.CASE_TOPIC, "e1",
				"org.kinbridge.case.something-new.v1", "91", "case-1", "{\"caseId\":\"case-1\"}"));

		StoredEvent stored = this.audit.events.find("e1").orElseThrow();
		assertThat(stored.decision()).isFalse();
		assertThat(stored.leafIndex()).isNull();
		assertThat(this.audit.logs.provinces()).isEmpty();
	}

	@Test
	void anEventWithoutProvinceGoesToTheDeadLetterTopic() {
		ConsumerRecord<String, String> record = this.audit.record(AuditTestbed.CASE_TOPIC, "e1",
				"org.kinbridge.case.report-received.v1", null, "case-1", "{}");

		assertThatThrownBy(() -> this.audit.ingestion.onRecord(record)).isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("no ce_province");
		assertThat(this.audit.events.find("e1")).isEmpty();
	}

	@Test
	void aDecisionWithoutTimeCannotBeLoggedAndGoesToTheDeadLetterTopic() {
		ConsumerRecord<String, String> record = this.audit.placementDecided("e1", "case-1", "cg-1");
		record.headers().remove("ce_time");

		assertThatThrownBy(() -> this.audit.ingestion.onRecord(record)).isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("ce_time");
		assertThat(List.of(this.audit.events.find("e1"))).allMatch(java.util.Optional::isEmpty);
	}

	@Test
	void signsACheckpointAfterTheConfiguredNumberOfAppends() {
		try (AuditTestbed everyTwo = new AuditTestbed(2)) {
			everyTwo.ingestion.onRecord(everyTwo.placementDecided("e1", "case-1", "cg-1"));
			assertThat(everyTwo.checkpoints.latest("91")).isEmpty();

			everyTwo.ingestion.onRecord(everyTwo.placementDecided("e2", "case-1", "cg-1"));

			assertThat(everyTwo.checkpoints.latest("91")).hasValueSatisfying((checkpoint) -> {
				assertThat(checkpoint.treeSize()).isEqualTo(2);
				assertThat(checkpoint.note()).startsWith("kinbridge/province/91\n2\n");
			});
		}
	}

}
