package org.kinbridge.embedded.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/**
 * {@link MongoServerMain} in a child JVM built from this test JVM's class path, so that a
 * test can kill it the way an operating system would.
 */
final class MongoServerProcess implements AutoCloseable {

	private final Process process;

	private final String uri;

	private MongoServerProcess(Process process, String uri) {
		this.process = process;
		this.uri = uri;
	}

	static MongoServerProcess start(Path dataDir, boolean fsync, Path log) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), MongoServerMain.class.getName(), "--data-dir=" + dataDir,
				"--host=localhost", "--port=0", "--fsync=" + fsync));
		try {
			Files.deleteIfExists(log);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			String uri = await("READY line in " + log).atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> readyUri(log, process), Optional::isPresent)
				.get();
			return new MongoServerProcess(process, uri);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<String> readyUri(Path log, Process process) throws IOException {
		if (!process.isAlive()) {
			throw new IllegalStateException("MongoServerMain exited early:\n" + Files.readString(log));
		}
		return Files.readAllLines(log)
			.stream()
			.filter((line) -> line.startsWith("READY mongo "))
			.map((line) -> line.substring("READY mongo ".length()).trim())
			.findFirst();
	}

	String uri() {
		return this.uri;
	}

	/** SIGKILL: no shutdown hook, no last commit. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** SIGTERM: the shutdown hook commits and closes the store. */
	int stop() throws InterruptedException {
		this.process.destroy();
		return this.process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
