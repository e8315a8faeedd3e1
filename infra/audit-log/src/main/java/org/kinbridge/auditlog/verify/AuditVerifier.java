package org.kinbridge.auditlog.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinbridge.auditlog.checkpoint.Checkpoint;
import org.kinbridge.auditlog.checkpoint.Ed25519Keys;
import org.kinbridge.auditlog.checkpoint.InvalidSignatureException;
import org.kinbridge.auditlog.checkpoint.SignedCheckpoint;
import org.kinbridge.auditlog.document.SignedDocuments;
import org.kinbridge.auditlog.event.LeafEncoding;
import org.kinbridge.auditlog.export.EventExport;
import org.kinbridge.auditlog.export.ExportedEvent;
import org.kinbridge.auditlog.export.ProofFiles;
import org.kinbridge.auditlog.export.ProofFiles.ConsistencyProofFile;
import org.kinbridge.auditlog.export.ProofFiles.InclusionProofFile;
import org.kinbridge.auditlog.merkle.ConsistencyProof;
import org.kinbridge.auditlog.merkle.Hash;
import org.kinbridge.auditlog.merkle.InclusionProof;
import org.kinbridge.auditlog.merkle.InvalidProofException;

/**
 * The auditor's command line: checks exported events, checkpoints and proofs with nothing
 * but files and the log's public key. Exit code 0 when verified, 1 when verification
 * fails, 2 when the input is unusable; every outcome is one line.
 */
public final class AuditVerifier {

	static final int VERIFIED = 0;

	static final int FAILED = 1;

	static final int BAD_INPUT = 2;

	private static final String USAGE = "usage: kinbridge-audit-verify <command> [options]\n"
			+ "  verify-checkpoint  --checkpoint cp.txt --public-key key.pem\n"
			+ "  verify-log         --events events.jsonl --checkpoint cp.txt --public-key key.pem\n"
			+ "  prove-inclusion    --events events.jsonl --event-id ID --checkpoint cp.txt --public-key key.pem"
			+ " [--out proof.json]\n"
			+ "  verify-inclusion   --event event.json --proof proof.json --checkpoint cp.txt --public-key key.pem\n"
			+ "  verify-consistency --old cp1.txt --new cp2.txt --public-key key.pem"
			+ " (--proof proof.json | --events events.jsonl)\n"
			+ "  verify-document    --document history.json|history.pdf --public-key key.pem\n";

	private final PrintStream out;

	private AuditVerifier(PrintStream out) {
		this.out = out;
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Runs one command.
	 * @param args the command and its options
	 * @param out where results go
	 * @param err where failures and errors go
	 * @return the exit code
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || "--help".equals(args[0]) || "help".equals(args[0])) {
			(args.length == 0 ? err : out).print(USAGE);
			return (args.length == 0) ? BAD_INPUT : VERIFIED;
		}
		try {
			AuditVerifier verifier = new AuditVerifier(out);
			Options options = Options.parse(args);
			switch (args[0]) {
				case "verify-checkpoint" -> verifier.verifyCheckpoint(options);
				case "verify-log" -> verifier.verifyLog(options);
				case "prove-inclusion" -> verifier.proveInclusion(options);
				case "verify-inclusion" -> verifier.verifyInclusion(options);
				case "verify-consistency" -> verifier.verifyConsistency(options);
				case "verify-document" -> verifier.verifyDocument(options);
				default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'; run with --help");
			}
			return VERIFIED;
		}
		catch (VerificationFailedException ex) {
			err.println("FAILED: " + ex.getMessage());
			return FAILED;
		}
		catch (IllegalArgumentException ex) {
			err.println("ERROR: " + ex.getMessage());
			return BAD_INPUT;
		}
		catch (CharacterCodingException ex) {
			err.println("ERROR: an input file is not UTF-8 text");
			return BAD_INPUT;
		}
		catch (NoSuchFileException ex) {
			err.println("ERROR: no such file: " + ex.getFile());
			return BAD_INPUT;
		}
		catch (IOException | UncheckedIOException ex) {
			err.println("ERROR: cannot read input: " + ex.getMessage());
			return BAD_INPUT;
		}
	}

	private void verifyCheckpoint(Options options) throws IOException, VerificationFailedException {
		options.allow("checkpoint", "public-key");
		Checkpoint checkpoint = signedCheckpoint(options, "checkpoint");
		this.out.println("verified: checkpoint of " + checkpoint.origin() + ", " + checkpoint.treeSize()
				+ " entries, root " + checkpoint.rootHash() + ", time " + checkpoint.timestamp());
	}

	private void verifyLog(Options options) throws IOException, VerificationFailedException {
		options.allow("events", "checkpoint", "public-key");
		Checkpoint checkpoint = signedCheckpoint(options, "checkpoint");
		LogVerifier verifier = new LogVerifier(events(options));
		this.out.println(verifier.verify(checkpoint));
	}

	private void proveInclusion(Options options) throws IOException, VerificationFailedException {
		options.allow("events", "event-id", "checkpoint", "public-key", "out");
		Checkpoint checkpoint = signedCheckpoint(options, "checkpoint");
		String eventId = options.required("event-id");
		LogVerifier verifier = new LogVerifier(events(options));
		verifier.verify(checkpoint);
		long index = verifier.indexOf(eventId, checkpoint.treeSize());
		InclusionProof proof = verifier.proveInclusion(index, checkpoint);
		if (options.has("out")) {
			Files.writeString(options.path("out"),
					ProofFiles.inclusionJson(
							new InclusionProofFile(checkpoint.origin(), eventId, verifier.leafHash(index), proof)),
					StandardCharsets.UTF_8);
		}
		this.out.println("verified: event " + eventId + " is entry " + index + " of the " + checkpoint.treeSize()
				+ " in the signed checkpoint of " + checkpoint.origin() + " (" + proof.hashes().size()
				+ " proof hashes)");
	}

	private void verifyInclusion(Options options) throws IOException, VerificationFailedException {
		options.allow("event", "proof", "checkpoint", "public-key");
		Checkpoint checkpoint = signedCheckpoint(options, "checkpoint");
		List<ExportedEvent> lines = EventExport.read(options.path("event"));
		if (lines.size() != 1) {
			throw new IllegalArgumentException("--event must hold exactly one exported event, holds " + lines.size());
		}
		InclusionProofFile file = ProofFiles.readInclusion(options.path("proof"));
		ExportedEvent line = lines.get(0);
		Hash leafHash = LeafEncoding.leafHash(line.event());
		if (!file.origin().equals(checkpoint.origin())) {
			throw new VerificationFailedException(
					"the proof is for " + file.origin() + ", the checkpoint for " + checkpoint.origin());
		}
		if (!file.eventId().equals(line.event().id())) {
			throw new VerificationFailedException(
					"the proof is for event " + file.eventId() + ", not for event " + line.event().id());
		}
		if (file.proof().treeSize() != checkpoint.treeSize()) {
			throw new VerificationFailedException("the proof is for a tree of " + file.proof().treeSize()
					+ " entries, the checkpoint covers " + checkpoint.treeSize());
		}
		if (!leafHash.equals(file.leafHash())) {
			throw new VerificationFailedException("event " + line.event().id()
					+ " does not hash to the leaf the proof starts from: the event was altered");
		}
		try {
			file.proof().verify(leafHash, checkpoint.rootHash());
		}
		catch (InvalidProofException ex) {
			throw new VerificationFailedException(ex.getMessage());
		}
		this.out.println("verified: event " + line.event().id() + " is entry " + file.proof().leafIndex() + " of the "
				+ checkpoint.treeSize() + " in the signed checkpoint of " + checkpoint.origin());
	}

	private void verifyConsistency(Options options) throws IOException, VerificationFailedException {
		options.allow("old", "new", "proof", "events", "public-key");
		Checkpoint older = signedCheckpoint(options, "old");
		Checkpoint newer = signedCheckpoint(options, "new");
		if (!older.origin().equals(newer.origin())) {
			throw new VerificationFailedException(
					"the checkpoints are of different logs: " + older.origin() + " and " + newer.origin());
		}
		ConsistencyProof proof;
		if (options.has("proof") == options.has("events")) {
			throw new IllegalArgumentException("verify-consistency needs either --proof or --events");
		}
		else if (options.has("proof")) {
			ConsistencyProofFile file = ProofFiles.readConsistency(options.path("proof"));
			if (!file.origin().equals(older.origin())) {
				throw new VerificationFailedException(
						"the proof is for " + file.origin() + ", the checkpoints for " + older.origin());
			}
			proof = file.proof();
			if (proof.oldSize() != older.treeSize() || proof.newSize() != newer.treeSize()) {
				throw new VerificationFailedException("the proof is from " + proof.oldSize() + " to " + proof.newSize()
						+ " entries, the checkpoints cover " + older.treeSize() + " and " + newer.treeSize());
			}
		}
		else {
			proof = consistencyFromEvents(options, older, newer);
		}
		try {
			proof.verify(older.rootHash(), newer.rootHash());
		}
		catch (InvalidProofException ex) {
			throw new VerificationFailedException(
					"the newer checkpoint does not extend the older one: " + ex.getMessage());
		}
		this.out.println("verified: the checkpoint of " + newer.treeSize() + " entries extends the one of "
				+ older.treeSize() + " entries of " + older.origin());
	}

	// With the whole export at hand, the events must match the newer checkpoint; the
	// proof is
	// then made from them and still checked by the RFC algorithm against both signed
	// roots.
	private ConsistencyProof consistencyFromEvents(Options options, Checkpoint older, Checkpoint newer)
			throws IOException, VerificationFailedException {
		if (older.treeSize() > newer.treeSize()) {
			throw new VerificationFailedException("the older checkpoint covers more entries (" + older.treeSize()
					+ ") than the newer one (" + newer.treeSize() + ")");
		}
		LogVerifier verifier = new LogVerifier(events(options));
		verifier.verify(newer);
		return verifier.proveConsistency(older.treeSize(), newer.treeSize());
	}

	private void verifyDocument(Options options) throws IOException, VerificationFailedException {
		options.allow("document", "public-key");
		PublicKey key = Ed25519Keys.readPublicKey(options.path("public-key"));
		try {
			this.out.println(SignedDocuments.verify(Files.readAllBytes(options.path("document")), key));
		}
		catch (InvalidSignatureException ex) {
			throw new VerificationFailedException(options.path("document").getFileName() + ": " + ex.getMessage());
		}
	}

	private Checkpoint signedCheckpoint(Options options, String option)
			throws IOException, VerificationFailedException {
		PublicKey key = Ed25519Keys.readPublicKey(options.path("public-key"));
		SignedCheckpoint signed;
		try {
			signed = SignedCheckpoint.parse(Files.readString(options.path(option), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(options.path(option).getFileName() + ": " + ex.getMessage());
		}
		try {
			signed.verify(key);
		}
		catch (InvalidSignatureException ex) {
			throw new VerificationFailedException(options.path(option).getFileName() + ": " + ex.getMessage());
		}
		return signed.checkpoint();
	}

	private static List<ExportedEvent> events(Options options) throws IOException {
		return EventExport.read(options.path("events"));
	}

	/** {@code --name value} pairs after the command. */
	private static final class Options {

		private final Map<String, String> values = new HashMap<>();

		private final String command;

		private Options(String command) {
			this.command = command;
		}

		static Options parse(String[] args) {
			Options options = new Options(args[0]);
			for (int i = 1; i < args.length; i += 2) {
				if (!args[i].startsWith("--") || i + 1 >= args.length) {
					throw new IllegalArgumentException("expected '--option value' at '" + args[i] + "'");
				}
				if (options.values.put(args[i].substring(2), args[i + 1]) != null) {
					throw new IllegalArgumentException(args[i] + " is given twice");
				}
			}
			return options;
		}

		void allow(String... names) {
			Set<String> allowed = Set.of(names);
			for (String name : this.values.keySet()) {
				if (!allowed.contains(name)) {
					throw new IllegalArgumentException(this.command + " has no option --" + name);
				}
			}
		}

		boolean has(String name) {
			return this.values.containsKey(name);
		}

		String required(String name) {
			String value = this.values.get(name);
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(this.command + " needs --" + name);
			}
			return value;
		}

		Path path(String name) {
			return Path.of(required(name));
		}

	}

}
