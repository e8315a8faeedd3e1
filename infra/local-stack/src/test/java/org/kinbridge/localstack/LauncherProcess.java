package org.kinbridge.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The real launcher jar in a child process, as a person starts it from the repository
 * root.
 */
final class LauncherProcess implements AutoCloseable {

	private final Process process;

	private final Path output;

	private LauncherProcess(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	static LauncherProcess start(Path repositoryRoot, Path launcherJar, Map<String, String> env, Path output)
			throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command(launcherJar)).directory(repositoryRoot.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().putAll(env);
		return new LauncherProcess(builder.start(), output);
	}

	/**
	 * Runs the launcher with a subcommand to its end and returns what it printed; fails
	 * when it exits with another status than 0.
	 */
	static String run(Path repositoryRoot, Path launcherJar, Map<String, String> env, Path output, Duration timeout,
			String... args) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command(launcherJar, args)).directory(repositoryRoot.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.redirectOutput(output.toFile());
		builder.environment().putAll(env);
		Process process = builder.start();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(
					"The launcher did not finish " + String.join(" ", args) + " within " + timeout.toSeconds() + " s");
		}
		String printed = Files.readString(output);
		if (process.exitValue() != 0) {
			throw new AssertionError("The launcher exited with " + process.exitValue() + " for "
					+ String.join(" ", args) + ":\n" + printed);
		}
		return printed;
	}

	private static List<String> command(Path launcherJar, String... args) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
						"-XX:+UseSerialGC", "-jar", launcherJar.toString()));
		command.addAll(List.of(args));
		return command;
	}

	String output() {
		try {
			return Files.readString(this.output);
		}
		catch (IOException ex) {
			return "";
		}
	}

	void awaitOutput(String text, Duration timeout) {
		await(text + " in the launcher's output").atMost(timeout).pollInterval(Duration.ofSeconds(1)).until(() -> {
			if (!this.process.isAlive() && !output().contains(text)) {
				throw new AssertionError("The launcher exited with " + this.process.exitValue() + ":\n" + output());
			}
			return output().contains(text);
		});
	}

	/**
	 * The live child whose command line carries the launcher's marker for {@code name}.
	 */
	Optional<ProcessHandle> child(String name) {
		return this.process.toHandle()
			.children()
			.filter(ProcessHandle::isAlive)
			.filter((child) -> child.info()
				.commandLine()
				.map((line) -> line.contains("-Dkinbridge.local-stack.child=" + name + " "))
				.orElse(false))
			.findFirst();
	}

	List<ProcessHandle> children() {
		return this.process.toHandle().children().toList();
	}

	/** SIGTERM, as Ctrl-C or a service manager would send. */
	int terminate(Duration timeout) throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("The launcher did not stop within " + timeout.toSeconds() + " s:\n" + output());
		}
		return this.process.exitValue();
	}

	@Override
	public void close() {
		// Whatever a failed test left behind must not keep ports or files busy.
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
	}

}
