package org.kinbridge.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.audit.AuditTestbed;
import org.kinbridge.audit.checkpoint.StoredCheckpoint;
import org.kinbridge.audit.events.PublishedEvents;
import org.kinbridge.audit.ledger.MongoLogStorage;
import org.kinbridge.auditlog.checkpoint.Ed25519Keys;
import org.kinbridge.auditlog.verify.AuditVerifier;

/**
 * Someone with write access to the audit database alters, removes, reorders or inserts a
 * stored event or leaf: the verification endpoint's verdict and the auditor's verifier
 * jar, run on the log export, both catch it.
 */
class MongoTamperDetectionTest {

	private final AuditTestbed audit = new AuditTestbed(100);

	private final MongoCollection<Document> leaves = this.audit.database.getCollection(MongoLogStorage.COLLECTION);

	private final MongoCollection<Document> events = this.audit.database.getCollection(PublishedEvents.COLLECTION);

	@TempDir
	Path dir;

	@BeforeEach
	void sixDecisionsOfOneCaseAndASignedCheckpoint() throws Exception {
		for (int i = 0; i < 6; i++) {
			this.audit.ingestion.onRecord(this.audit.placementDecided("e" + i, "case-1", "cg-1"));
		}
		StoredCheckpoint checkpoint = this.audit.checkpoints.sign("91");
		Files.writeString(this.dir.resolve("cp.txt"), checkpoint.note());
		Ed25519Keys.writePublicKey(this.dir.resolve("key.pem"), this.audit.key.publicKey());
	}

	@AfterEach
	void close() {
		this.audit.close();
	}

	@Test
	void untouchedDecisionsVerifyAndTheExportPassesTheVerifier() throws Exception {
		Verification verification = verify();

		assertThat(verification.verified()).isTrue();
		assertThat(verification.entries()).hasSize(6).allMatch(Verification.EntryVerification::included);
		assertThat(verifyLog()).startsWith("0 verified: the first 6 events match");
	}

	@Test
	void anEventAlteredInTheDatabaseIsCaught() throws Exception {
		Document stored = this.events.find(Filters.eq("_id", "e2")).first();
		String data = new String(stored.get("data", Binary.class).getData(), StandardCharsets.UTF_8);
		this.events.updateOne(Filters.eq("_id", "e2"), Updates.set("data", new Binary(
				data.replace("Bà ngoại đủ điều kiện", "Cô ruột đủ điều kiện").getBytes(StandardCharsets.UTF_8))));

		Verification verification = verify();

		assertThat(verification.verified()).isFalse();
		assertThat(verification.entries()).filteredOn((entry) -> !entry.included())
			.extracting(Verification.EntryVerification::eventId)
			.containsExactly("e2");
		assertThat(verifyLog()).startsWith("1 FAILED").contains("entry 2").contains("altered");
	}

	@Test
	void aLeafRemovedFromTheDatabaseIsCaught() throws Exception {
		this.leaves.deleteOne(Filters.and(Filters.eq("origin", "kinbridge/province/91"), Filters.eq("index", 5L)));

		assertThat(verify().verified()).isFalse();
		assertThat(verify().entries().get(0).problem()).contains("entries were removed");
	}

	@Test
	void aLeafRemovedFromTheMiddleIsCaught() throws Exception {
		this.leaves.deleteOne(Filters.and(Filters.eq("origin", "kinbridge/province/91"), Filters.eq("index", 2L)));

		Verification verification = verify();

		assertThat(verification.verified()).isFalse();
		assertThat(verification.entries().get(0).problem()).contains("leaf 2 is missing");
	}

	@Test
	void anEventRemovedFromTheDatabaseIsCaughtByTheVerifier() throws Exception {
		this.events.deleteOne(Filters.eq("_id", "e3"));

		assertThat(verifyLog()).startsWith("1 FAILED").contains("entry 3 is missing");
	}

	@Test
	void twoLeavesSwappedInTheDatabaseAreCaught() throws Exception {
		swapLeaves(1, 4);

		Verification verification = verify();

		assertThat(verification.verified()).isFalse();
		assertThat(verification.entries()).filteredOn((entry) -> !entry.included()).isNotEmpty();
	}

	@Test
	void twoEventsReorderedInTheDatabaseAreCaughtByTheVerifier() throws Exception {
		this.events.updateOne(Filters.eq("_id", "e1"), Updates.set("leafIndex", 4L));
		this.events.updateOne(Filters.eq("_id", "e4"), Updates.set("leafIndex", 1L));

		assertThat(verifyLog()).startsWith("1 FAILED").contains("swapped");
	}

	@Test
	void aLeafInsertedIntoTheDatabaseIsCaught() throws Exception {
		for (long index = 5; index >= 2; index--) {
			this.leaves.updateOne(
					Filters.and(Filters.eq("origin", "kinbridge/province/91"), Filters.eq("index", index)),
					Updates.set("index", index + 1));
		}
		Document copy = this.leaves.find(Filters.eq("index", 1L)).first();
		this.leaves.insertOne(new Document("origin", "kinbridge/province/91").append("index", 2L)
			.append("leafHash", copy.get("leafHash")));

		assertThat(verify().verified()).isFalse();
	}

	@Test
	void anEventInsertedIntoTheDatabaseIsCaughtByTheVerifier() throws Exception {
		Document forged = this.events.find(Filters.eq("_id", "e2")).first();
		forged.put("_id", "forged");
		forged.put("position", 99L);
		forged.put("leafIndex", 2L);
		this.events.insertOne(forged);
		this.events.updateMany(Filters.and(Filters.ne("_id", "forged"), Filters.gte("leafIndex", 2L)),
				Updates.inc("leafIndex", 1L));

		assertThat(verifyLog()).startsWith("1 FAILED");
	}

	private Verification verify() {
		return this.audit.verifier.verify("91", this.audit.events.aboutCase("case-1", null));
	}

	private void swapLeaves(long a, long b) {
		Document first = this.leaves.find(Filters.eq("index", a)).first();
		Document second = this.leaves.find(Filters.eq("index", b)).first();
		this.leaves.updateOne(Filters.eq("_id", first.get("_id")), Updates.set("leafHash", second.get("leafHash")));
		this.leaves.updateOne(Filters.eq("_id", second.get("_id")), Updates.set("leafHash", first.get("leafHash")));
	}

	private String verifyLog() throws Exception {
		Path export = this.dir.resolve("events.jsonl");
		Files.writeString(export, this.audit.exports.jsonLines("91"), StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = AuditVerifier.run(
				new String[] { "verify-log", "--events", export.toString(), "--checkpoint",
						this.dir.resolve("cp.txt").toString(), "--public-key", this.dir.resolve("key.pem").toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
		return code + " " + out.toString(StandardCharsets.UTF_8).strip();
	}

}
