package org.kinbridge.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.kinbridge.audit.events.StoredEvent;
import org.kinbridge.audit.events.StoredEvent.Header;

/**
 * History entries read by convention from any event's data: the {@code ...By} actor, the
 * reason, the legal basis and the rest as inputs.
 */
class HistoryBuilderTest {

	private final HistoryBuilder builder = new HistoryBuilder(new ObjectMapper());

	@Test
	void readsActorReasonAndLegalBasisAndKeepsTheRestAsInputs() {
		HistoryEntry entry = this.builder.entry(event("org.kinbridge.case.referral-sent.v1", 3, Instant.EPOCH,
				"{\"referralId\":\"r-1\",\"caseId\":\"case-1\",\"provinceCode\":\"91\",\"communeCode\":\"30406\","
						+ "\"service\":\"HEALTH\",\"reason\":\"Cần khám sức khỏe\",\"legalBasis\":\"Nghị định 56/2017\","
						+ "\"sentBy\":{\"userId\":\"officer.phutan\",\"role\":\"COMMUNE_OFFICER\"}}",
				true));

		assertThat(entry.actor()).isEqualTo(new HistoryEntry.ActorRef("officer.phutan", "COMMUNE_OFFICER"));
		assertThat(entry.reason()).isEqualTo("Cần khám sức khỏe");
		assertThat(entry.legalBasis()).isEqualTo("Nghị định 56/2017");
		assertThat(entry.communeCode()).isEqualTo("30406");
		assertThat(entry.inputs()).containsOnlyKeys("referralId", "caseId", "service");
		assertThat(entry.decision()).isTrue();
		assertThat(entry.data().path("sentBy").path("userId").asText()).isEqualTo("officer.phutan");
	}

	@Test
	void fallsBackToTheActorExtensionWhenTheDataNamesNoActor() {
		HistoryEntry entry = this.builder
			.entry(event("org.kinbridge.case.report-received.v1", 1, Instant.EPOCH, "{\"caseId\":\"case-1\"}", false));

		assertThat(entry.actor()).isEqualTo(new HistoryEntry.ActorRef("user-7", null));
		assertThat(entry.reason()).isNull();
		assertThat(entry.legalBasis()).isNull();
	}

	@Test
	void dataThatIsNotJsonIsShownAsText() {
		HistoryEntry entry = this.builder.entry(event("x.v1", 1, Instant.EPOCH, "not json", false));

		assertThat(entry.data().asText()).isEqualTo("not json");
		assertThat(entry.inputs()).isEmpty();
	}

	@Test
	void aHistoryIsInArrivalOrder() {
		History history = this.builder.history("case-1",
				List.of(event("b.v1", 2, Instant.parse("2026-11-29T08:00:01Z"), "{}", false),
						event("a.v1", 1, Instant.parse("2026-11-29T08:00:00Z"), "{}", false)));

		assertThat(history.entries()).extracting(HistoryEntry::type).containsExactly("a.v1", "b.v1");
		assertThat(history.provinceCode()).isEqualTo("91");
	}

	private static StoredEvent event(String type, long position, Instant arrivedAt, String data, boolean decision) {
		return new StoredEvent("e-" + position, "topic", "key", "91", position, arrivedAt, type, "/kinbridge/x",
				"subject", "2026-11-28T08:30:00+07:00",
				List.of(new Header("ce_actor", "user-7".getBytes(StandardCharsets.UTF_8))),
				data.getBytes(StandardCharsets.UTF_8), List.of("case-1"), List.of(), decision, "test.1",
				decision ? 0L : null);
	}

}
