package org.kinbridge.auditlog.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.auditlog.AuditFixtures;
import org.kinbridge.auditlog.event.DecisionEvent;
import org.kinbridge.auditlog.event.LeafEncoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventExportTest {

	@Test
	void lineCarriesPositionLeafHashAndTheCloudEventWithItsDataVerbatim() {
		DecisionEvent event = AuditFixtures.event(1);
		String line = EventExport.line(new ExportedEvent(1L, LeafEncoding.leafHash(event), event));

		assertThat(line).startsWith("{\"index\":1,\"leafHash\":\"" + LeafEncoding.leafHash(event).base64()
				+ "\",\"event\":{\"specversion\":\"1.0\",\"id\":\"evt-1\",\"source\":\"/kinbridge/matching-service\"")
			.contains("\"time\":\"2026-11-28T08:30:01+07:00\"", "\"province\":\"91\"", "\"actor\":\"officer-7\"")
			.endsWith(",\"data\":" + new String(event.data(), StandardCharsets.UTF_8) + "}}");
	}

	@Test
	void readingAWrittenExportGivesBackTheSameEventsAndLeaves(@TempDir Path dir) throws Exception {
		List<DecisionEvent> events = List.of(AuditFixtures.event(0), AuditFixtures.event(1),
				AuditFixtures.withData(AuditFixtures.event(2), "[1, 2.50, \"x\"]"),
				AuditFixtures.withData(AuditFixtures.event(3), "\"only a string\""),
				AuditFixtures.withData(AuditFixtures.event(4), "17"));
		Path file = dir.resolve("events.jsonl");
		EventExport.write(EventExport.pair(events.stream().map(LeafEncoding::leafHash).toList(), events), file);

		List<ExportedEvent> read = EventExport.read(file);

		assertThat(read).extracting(ExportedEvent::event).containsExactlyElementsOf(events);
		assertThat(read).extracting(ExportedEvent::index).containsExactly(0L, 1L, 2L, 3L, 4L);
	}

	@Test
	void dataThatCannotStandVerbatimOnOneLineTravelsAsBase64() {
		DecisionEvent event = AuditFixtures.withData(AuditFixtures.event(1), "{\n  \"decision\": \"APPROVED\"\n}");

		String line = EventExport.line(ExportedEvent.of(event));

		assertThat(line).contains("\"data_base64\":").doesNotContain("\"data\":");
		assertThat(EventExport.parseLine(line).event()).isEqualTo(event);
	}

	@Test
	void reSerialisedDataIsNotTheDataThatWasPublished() {
		DecisionEvent event = AuditFixtures.event(1);
		String line = EventExport.line(ExportedEvent.of(event)).replace("\"decision\":", "\"decision\" : ");

		assertThat(LeafEncoding.leafHash(EventExport.parseLine(line).event()))
			.isNotEqualTo(LeafEncoding.leafHash(event));
	}

	@Test
	void badLinesAreNamedByNumber(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("events.jsonl");
		Files.writeString(file, EventExport.line(ExportedEvent.of(AuditFixtures.event(0))) + "\n{\"event\":{}}\n");

		assertThatThrownBy(() -> EventExport.read(file)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("events.jsonl line 2: event must be a CloudEvent with specversion 1.0");
	}

	@Test
	void proofFilesRoundTrip(@TempDir Path dir) throws Exception {
		var log = AuditFixtures.logOf(AuditFixtures.events(9));
		Path inclusion = dir.resolve("inclusion.json");
		Path consistency = dir.resolve("consistency.json");
		Files.writeString(inclusion, ProofFiles.inclusionJson(
				new ProofFiles.InclusionProofFile(log.origin(), "evt-4", log.leafHash(4), log.inclusionProof(4, 9))));
		Files.writeString(consistency, ProofFiles
			.consistencyJson(new ProofFiles.ConsistencyProofFile(log.origin(), log.consistencyProof(3, 9))));

		assertThat(ProofFiles.readInclusion(inclusion).proof()).isEqualTo(log.inclusionProof(4, 9));
		assertThat(ProofFiles.readConsistency(consistency).proof()).isEqualTo(log.consistencyProof(3, 9));
	}

}
