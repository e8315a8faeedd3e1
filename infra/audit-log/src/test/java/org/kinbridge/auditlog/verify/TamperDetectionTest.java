package org.kinbridge.auditlog.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.auditlog.AuditFixtures;
import org.kinbridge.auditlog.checkpoint.Checkpoint;
import org.kinbridge.auditlog.event.DecisionEvent;
import org.kinbridge.auditlog.event.LeafEncoding;
import org.kinbridge.auditlog.export.EventExport;
import org.kinbridge.auditlog.export.ExportedEvent;
import org.kinbridge.auditlog.log.AuditLog;
import org.kinbridge.auditlog.log.InMemoryLogStorage;
import org.kinbridge.auditlog.merkle.Hash;
import org.kinbridge.auditlog.merkle.InvalidProofException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Someone with write access to the stores changes the decision events after the
 * checkpoint was signed; the export made afterwards must fail verification, naming the
 * entry.
 */
class TamperDetectionTest {

	private static final int SIZE = 20;

	private final List<DecisionEvent> eventStore = new ArrayList<>(AuditFixtures.events(SIZE));

	private final InMemoryLogStorage logStorage = new InMemoryLogStorage();

	private Checkpoint checkpoint;

	@BeforeEach
	void logAndSignTheEvents() {
		AuditLog log = new AuditLog(AuditFixtures.PROVINCE_91, this.logStorage);
		this.eventStore.forEach(log::append);
		this.checkpoint = log.checkpoint(AuditFixtures.CLOCK, AuditFixtures.signer()).checkpoint();
	}

	private List<ExportedEvent> export() {
		return EventExport.pair(this.logStorage.leafHashes(0, this.logStorage.size()), this.eventStore);
	}

	private String verify(List<ExportedEvent> lines) throws VerificationFailedException {
		return new LogVerifier(lines).verify(this.checkpoint);
	}

	@Test
	void untouchedEventsVerify() throws Exception {
		assertThat(verify(export()))
			.isEqualTo("verified: the first 20 events match the signed checkpoint of kinbridge/province/91");
	}

	@Test
	void eventsAppendedAfterTheCheckpointAreReportedAsNotCovered() throws Exception {
		this.eventStore.add(AuditFixtures.event(SIZE));

		assertThat(verify(export())).endsWith("; 1 later events are not covered by it");
	}

	@Test
	void alteredDataIsCaughtAndTheEntryNamed() {
		this.eventStore.set(7, AuditFixtures.withData(this.eventStore.get(7),
				"{\"placementId\":\"placement-7\",\"decision\":\"REJECTED\"}"));

		assertThatThrownBy(() -> verify(export())).isInstanceOf(VerificationFailedException.class)
			.hasMessage("events do not match the signed checkpoint of kinbridge/province/91 (20 entries): entry 7,"
					+ " event evt-7 (line 8), was altered: it no longer hashes to the leaf the log recorded");
	}

	@Test
	void aRemovedEventIsCaughtAndTheMissingEntryNamed() {
		this.eventStore.remove(7);

		assertThatThrownBy(() -> verify(export())).isInstanceOf(VerificationFailedException.class)
			.hasMessageEndingWith("log entry 7 is missing: event evt-8 (line 8) was logged as entry 8");
	}

	@Test
	void aRemovedLastEventIsCaught() {
		this.eventStore.remove(SIZE - 1);

		assertThatThrownBy(() -> verify(export())).isInstanceOf(VerificationFailedException.class)
			.hasMessageEndingWith("the export ends after 19 events but the checkpoint covers 20: entry 19 was removed");
	}

	@Test
	void twoSwappedEventsAreCaughtAsReordered() {
		Collections.swap(this.eventStore, 3, 11);

		assertThatThrownBy(() -> verify(export())).isInstanceOf(VerificationFailedException.class)
			.hasMessageEndingWith("entries 3 and 11 were swapped: event evt-11 (line 4) was logged as entry 11");
	}

	@Test
	void twoNeighboursSwappedAreNotMistakenForARemoval() {
		Collections.swap(this.eventStore, 5, 6);

		assertThatThrownBy(() -> verify(export())).isInstanceOf(VerificationFailedException.class)
			.hasMessageEndingWith("entries 5 and 6 were swapped: event evt-6 (line 6) was logged as entry 6");
	}

	@Test
	void anInsertedEventIsCaughtAndNamed() {
		DecisionEvent forged = new DecisionEvent("evt-forged", "/kinbridge/matching-service",
				"org.kinbridge.matching.placement-decided.v1", "placement-4", this.eventStore.get(4).time(), "91",
				"{\"decision\":\"APPROVED\"}".getBytes(StandardCharsets.UTF_8), Map.of());
		this.eventStore.add(4, forged);

		assertThatThrownBy(() -> verify(export())).isInstanceOf(VerificationFailedException.class)
			.hasMessageEndingWith("event evt-forged (line 5) is not in the log: it was inserted before entry 4");
	}

	@Test
	void linesReorderedInTheExportFileItselfAreCaught() {
		List<ExportedEvent> lines = new ArrayList<>(export());
		Collections.swap(lines, 2, 9);

		assertThatThrownBy(() -> verify(lines)).isInstanceOf(VerificationFailedException.class)
			.hasMessageEndingWith("event evt-9 (line 3) was logged as entry 9, not 2: events were reordered");
	}

	@Test
	void aLineRemovedFromTheExportFileItselfIsCaught() {
		List<ExportedEvent> lines = new ArrayList<>(export());
		lines.remove(12);

		assertThatThrownBy(() -> verify(lines)).isInstanceOf(VerificationFailedException.class)
			.hasMessageEndingWith("log entry 12 is missing: event evt-13 (line 13) was logged as entry 13");
	}

	@Test
	void anEventRewrittenTogetherWithItsStoredLeafIsStillCaughtByTheSignedRoot() {
		DecisionEvent altered = AuditFixtures.withData(this.eventStore.get(7), "{}");
		this.eventStore.set(7, altered);
		List<Hash> rewrittenLeaves = new ArrayList<>(this.logStorage.leafHashes(0, SIZE));
		rewrittenLeaves.set(7, LeafEncoding.leafHash(altered));

		assertThatThrownBy(() -> verify(EventExport.pair(rewrittenLeaves, this.eventStore)))
			.isInstanceOf(VerificationFailedException.class)
			.hasMessageEndingWith("every event matches the leaf hash recorded next to it, so the log's own leaves"
					+ " were rewritten; the first differing entry cannot be named without an earlier checkpoint");
	}

	@Test
	void anExportWithoutRecordedPositionsStillFailsWhenAnEventIsAltered() {
		this.eventStore.set(2, AuditFixtures.withData(this.eventStore.get(2), "{}"));
		List<ExportedEvent> plain = this.eventStore.stream().map(ExportedEvent::of).toList();

		assertThatThrownBy(() -> verify(plain)).isInstanceOf(VerificationFailedException.class)
			.hasMessageEndingWith("the export records no log positions, so the first differing entry cannot be named");
	}

	@Test
	void anEventOfAnotherProvinceIsNamed() {
		DecisionEvent event = this.eventStore.get(9);
		this.eventStore.set(9, new DecisionEvent(event.id(), event.source(), event.type(), event.subject(),
				event.time(), "79", event.data(), event.extensions()));

		assertThatThrownBy(() -> verify(export())).isInstanceOf(VerificationFailedException.class)
			.hasMessageEndingWith("event evt-9 (line 10) is of province 79, not of this log");
	}

	@Test
	void aRewrittenHistoryDoesNotExtendTheEarlierCheckpoint() {
		// The platform, or whoever holds its key, re-logs the same decisions with one
		// changed
		// and appends more: the new checkpoint verifies on its own, but not as an
		// extension.
		List<DecisionEvent> rewritten = new ArrayList<>(this.eventStore);
		rewritten.set(3, AuditFixtures.withData(rewritten.get(3), "{}"));
		rewritten.addAll(AuditFixtures.events(SIZE + 5).subList(SIZE, SIZE + 5));
		AuditLog fork = AuditFixtures.logOf(rewritten);
		Checkpoint later = fork.checkpoint(AuditFixtures.CLOCK, AuditFixtures.signer()).checkpoint();

		assertThatThrownBy(
				() -> fork.consistencyProof(SIZE, SIZE + 5).verify(this.checkpoint.rootHash(), later.rootHash()))
			.isInstanceOf(InvalidProofException.class)
			.hasMessageStartingWith("consistency proof does not lead to the");
	}

}
