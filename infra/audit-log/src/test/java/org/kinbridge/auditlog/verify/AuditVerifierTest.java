package org.kinbridge.auditlog.verify;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.auditlog.AuditFixtures;
import org.kinbridge.auditlog.checkpoint.Ed25519Keys;
import org.kinbridge.auditlog.event.DecisionEvent;
import org.kinbridge.auditlog.export.EventExport;
import org.kinbridge.auditlog.export.ProofFiles;
import org.kinbridge.auditlog.export.ProofFiles.ConsistencyProofFile;
import org.kinbridge.auditlog.log.AuditLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier as an auditor runs it: files on disk, the command line, exit codes and one
 * line of output.
 */
class AuditVerifierTest {

	@TempDir
	Path dir;

	private final List<DecisionEvent> events = new ArrayList<>(AuditFixtures.events(12));

	private AuditLog log;

	private String out;

	private String err;

	@BeforeEach
	void exportEightEventsAndTwoCheckpoints() throws Exception {
		this.log = AuditFixtures.logOf(this.events.subList(0, 8));
		write("cp8.txt", this.log.checkpoint(AuditFixtures.CLOCK, AuditFixtures.signer()).text());
		this.events.subList(8, 12).forEach(this.log::append);
		write("cp12.txt", this.log.checkpoint(AuditFixtures.CLOCK, AuditFixtures.signer()).text());
		Ed25519Keys.writePublicKey(file("key.pem"), AuditFixtures.keys().getPublic());
		EventExport.write(EventExport.pair(this.log.leafHashes(), this.events), file("events.jsonl"));
		write("consistency.json", ProofFiles
			.consistencyJson(new ConsistencyProofFile(this.log.origin(), this.log.consistencyProof(8, 12))));
	}

	private Path file(String name) {
		return this.dir.resolve(name);
	}

	private void write(String name, String text) throws Exception {
		Files.writeString(file(name), text, StandardCharsets.UTF_8);
	}

	private int run(String... args) {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		String[] resolved = new String[args.length];
		for (int i = 0; i < args.length; i++) {
			boolean isFile = i > 0 && args[i - 1].startsWith("--") && !"--event-id".equals(args[i - 1]);
			resolved[i] = isFile ? file(args[i]).toString() : args[i];
		}
		int code = AuditVerifier.run(resolved, new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8));
		this.out = stdout.toString(StandardCharsets.UTF_8);
		this.err = stderr.toString(StandardCharsets.UTF_8);
		return code;
	}

	private void alterEventInExport(int index) throws Exception {
		List<String> lines = new ArrayList<>(Files.readAllLines(file("events.jsonl")));
		lines.set(index, lines.get(index).replace("APPROVED", "REJECTED"));
		Files.write(file("events.jsonl"), lines);
	}

	@Test
	void verifiesASignedCheckpoint() {
		assertThat(run("verify-checkpoint", "--checkpoint", "cp12.txt", "--public-key", "key.pem")).isZero();
		assertThat(this.out).startsWith("verified: checkpoint of kinbridge/province/91, 12 entries, root ")
			.endsWith(", time 2026-11-29T08:00:00Z\n")
			.hasLineCount(1);
	}

	@Test
	void checkpointUnderAnotherKeyFailsWithExitCodeOne() throws Exception {
		Ed25519Keys.writePublicKey(file("other.pem"), Ed25519Keys.generate().getPublic());

		assertThat(run("verify-checkpoint", "--checkpoint", "cp12.txt", "--public-key", "other.pem")).isEqualTo(1);
		assertThat(this.err).isEqualTo(
				"FAILED: cp12.txt: checkpoint of kinbridge/province/91 has no signature by the given public key\n");
	}

	@Test
	void checkpointWithAnEditedSizeFails() throws Exception {
		write("cp12.txt", Files.readString(file("cp12.txt")).replace("\n12\n", "\n11\n"));

		assertThat(run("verify-checkpoint", "--checkpoint", "cp12.txt", "--public-key", "key.pem")).isEqualTo(1);
		assertThat(this.err).contains("changed after signing");
	}

	@Test
	void verifiesTheExportedEventsAgainstBothCheckpoints() {
		assertThat(run("verify-log", "--events", "events.jsonl", "--checkpoint", "cp12.txt", "--public-key", "key.pem"))
			.isZero();
		assertThat(this.out)
			.isEqualTo("verified: the first 12 events match the signed checkpoint of kinbridge/province/91\n");

		assertThat(run("verify-log", "--events", "events.jsonl", "--checkpoint", "cp8.txt", "--public-key", "key.pem"))
			.isZero();
		assertThat(this.out).endsWith("; 4 later events are not covered by it\n");
	}

	@Test
	void anEventAlteredInTheExportFailsAndIsNamed() throws Exception {
		alterEventInExport(5);

		assertThat(run("verify-log", "--events", "events.jsonl", "--checkpoint", "cp12.txt", "--public-key", "key.pem"))
			.isEqualTo(1);
		assertThat(this.err).startsWith("FAILED: events do not match the signed checkpoint")
			.contains("entry 5, event evt-5 (line 6), was altered")
			.hasLineCount(1);
	}

	@Test
	void provesAndThenVerifiesTheInclusionOfOneEvent() throws Exception {
		assertThat(run("prove-inclusion", "--events", "events.jsonl", "--event-id", "evt-6", "--checkpoint", "cp12.txt",
				"--public-key", "key.pem", "--out", "inclusion.json"))
			.isZero();
		assertThat(this.out)
			.startsWith("verified: event evt-6 is entry 6 of the 12 in the signed checkpoint of kinbridge/province/91");
		write("event.json", Files.readAllLines(file("events.jsonl")).get(6) + "\n");

		assertThat(run("verify-inclusion", "--event", "event.json", "--proof", "inclusion.json", "--checkpoint",
				"cp12.txt", "--public-key", "key.pem"))
			.isZero();
		assertThat(this.out).isEqualTo(
				"verified: event evt-6 is entry 6 of the 12 in the signed checkpoint of kinbridge/province/91\n");
	}

	@Test
	void anAlteredEventDoesNotVerifyAgainstItsInclusionProof() throws Exception {
		run("prove-inclusion", "--events", "events.jsonl", "--event-id", "evt-6", "--checkpoint", "cp12.txt",
				"--public-key", "key.pem", "--out", "inclusion.json");
		write("event.json", Files.readAllLines(file("events.jsonl")).get(6).replace("APPROVED", "REJECTED") + "\n");

		assertThat(run("verify-inclusion", "--event", "event.json", "--proof", "inclusion.json", "--checkpoint",
				"cp12.txt", "--public-key", "key.pem"))
			.isEqualTo(1);
		assertThat(this.err)
			.isEqualTo("FAILED: event evt-6 does not hash to the leaf the proof starts from: the event was altered\n");
	}

	@Test
	void anEventOutsideTheCheckpointHasNoInclusionProof() {
		assertThat(run("prove-inclusion", "--events", "events.jsonl", "--event-id", "evt-10", "--checkpoint", "cp8.txt",
				"--public-key", "key.pem"))
			.isEqualTo(1);
		assertThat(this.err).isEqualTo("FAILED: event evt-10 is not among the 8 entries the checkpoint covers\n");
	}

	@Test
	void verifiesThatTheLaterCheckpointExtendsTheEarlierByProofOrByEvents() {
		assertThat(run("verify-consistency", "--old", "cp8.txt", "--new", "cp12.txt", "--proof", "consistency.json",
				"--public-key", "key.pem"))
			.isZero();
		assertThat(this.out).isEqualTo(
				"verified: the checkpoint of 12 entries extends the one of 8 entries of kinbridge/province/91\n");

		assertThat(run("verify-consistency", "--old", "cp8.txt", "--new", "cp12.txt", "--events", "events.jsonl",
				"--public-key", "key.pem"))
			.isZero();
	}

	@Test
	void aCheckpointOfARewrittenHistoryFailsTheConsistencyCheck() throws Exception {
		List<DecisionEvent> rewritten = new ArrayList<>(this.events);
		rewritten.set(2, AuditFixtures.withData(rewritten.get(2), "{}"));
		AuditLog fork = AuditFixtures.logOf(rewritten);
		write("fork12.txt", fork.checkpoint(AuditFixtures.CLOCK, AuditFixtures.signer()).text());
		write("fork-consistency.json",
				ProofFiles.consistencyJson(new ConsistencyProofFile(fork.origin(), fork.consistencyProof(8, 12))));

		assertThat(run("verify-consistency", "--old", "cp8.txt", "--new", "fork12.txt", "--proof",
				"fork-consistency.json", "--public-key", "key.pem"))
			.isEqualTo(1);
		assertThat(this.err).startsWith(
				"FAILED: the newer checkpoint does not extend the older one: consistency proof does not lead to the");
	}

	@Test
	void aProofForOtherSizesThanTheCheckpointsIsRefused() throws Exception {
		write("consistency.json", ProofFiles
			.consistencyJson(new ConsistencyProofFile(this.log.origin(), this.log.consistencyProof(7, 12))));

		assertThat(run("verify-consistency", "--old", "cp8.txt", "--new", "cp12.txt", "--proof", "consistency.json",
				"--public-key", "key.pem"))
			.isEqualTo(1);
		assertThat(this.err).isEqualTo("FAILED: the proof is from 7 to 12 entries, the checkpoints cover 8 and 12\n");
	}

	@Test
	void badInputGivesExitCodeTwoAndOneLine() throws Exception {
		assertThat(run("verify-log", "--checkpoint", "cp12.txt", "--public-key", "key.pem")).isEqualTo(2);
		assertThat(this.err).isEqualTo("ERROR: verify-log needs --events\n");

		assertThat(
				run("verify-log", "--events", "missing.jsonl", "--checkpoint", "cp12.txt", "--public-key", "key.pem"))
			.isEqualTo(2);
		assertThat(this.err).startsWith("ERROR: no such file: ").endsWith("missing.jsonl\n");

		write("broken.txt", "kinbridge/province/91\ntwelve\n");
		assertThat(run("verify-checkpoint", "--checkpoint", "broken.txt", "--public-key", "key.pem")).isEqualTo(2);
		assertThat(this.err).isEqualTo("ERROR: broken.txt: checkpoint has no empty line between body and signatures\n");

		write("events.jsonl", "{\"event\": \n");
		assertThat(run("verify-log", "--events", "events.jsonl", "--checkpoint", "cp12.txt", "--public-key", "key.pem"))
			.isEqualTo(2);
		assertThat(this.err).startsWith("ERROR: events.jsonl line 1: not JSON: ").hasLineCount(1);

		assertThat(
				run("verify-log", "--events", "events.jsonl", "--checkpoint", "cp12.txt", "--public-key", "cp12.txt"))
			.isEqualTo(2);
		assertThat(this.err).isEqualTo("ERROR: no '-----BEGIN PUBLIC KEY-----' block in the key file\n");
	}

	@Test
	void unknownCommandsAndOptionsAreBadInput() {
		assertThat(run("rebuild-everything")).isEqualTo(2);
		assertThat(this.err).isEqualTo("ERROR: unknown command 'rebuild-everything'; run with --help\n");

		assertThat(run("verify-checkpoint", "--checkpoint", "cp12.txt", "--public-key", "key.pem", "--force", "yes"))
			.isEqualTo(2);
		assertThat(this.err).isEqualTo("ERROR: verify-checkpoint has no option --force\n");

		assertThat(run()).isEqualTo(2);
		assertThat(this.err).startsWith("usage: kinbridge-audit-verify <command> [options]");
	}

}
