package org.kinbridge.auditlog.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.auditlog.AuditFixtures;
import org.kinbridge.auditlog.checkpoint.Ed25519Keys;
import org.kinbridge.auditlog.event.DecisionEvent;
import org.kinbridge.auditlog.export.EventExport;
import org.kinbridge.auditlog.log.AuditLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged {@code kinbridge-audit-verify.jar} started as its own process, as an
 * auditor starts it: proves that the shaded jar has its main class and everything it
 * needs.
 */
class VerifierJarIT {

	private static final Path JAR = Path.of("target", "kinbridge-audit-verify.jar");

	@TempDir
	Path dir;

	private record Result(int exitCode, String output) {
	}

	private Result runJar(String... args) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
						JAR.toAbsolutePath().toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(this.dir.toFile()).redirectErrorStream(true).start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("verifier finished").isTrue();
		return new Result(process.exitValue(),
				new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	@Test
	void theJarVerifiesAnExportAndFailsItOnceAnEventIsAltered() throws Exception {
		List<DecisionEvent> events = AuditFixtures.events(10);
		AuditLog log = AuditFixtures.logOf(events);
		Files.writeString(this.dir.resolve("cp.txt"),
				log.checkpoint(AuditFixtures.CLOCK, AuditFixtures.signer()).text());
		Ed25519Keys.writePublicKey(this.dir.resolve("key.pem"), AuditFixtures.keys().getPublic());
		EventExport.write(EventExport.pair(log.leafHashes(), events), this.dir.resolve("events.jsonl"));

		Result verified = runJar("verify-log", "--events", "events.jsonl", "--checkpoint", "cp.txt", "--public-key",
				"key.pem");
		Path export = this.dir.resolve("events.jsonl");
		Files.writeString(export, Files.readString(export)
			.replace("placement-4\",\"decision\":\"APPROVED", "placement-4\",\"decision\":\"REJECTED"));
		Result failed = runJar("verify-log", "--events", "events.jsonl", "--checkpoint", "cp.txt", "--public-key",
				"key.pem");

		assertThat(verified.exitCode()).isZero();
		assertThat(verified.output())
			.isEqualTo("verified: the first 10 events match the signed checkpoint of kinbridge/province/91\n");
		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.output()).startsWith("FAILED: ").contains("entry 4, event evt-4 (line 5), was altered");
	}

}
