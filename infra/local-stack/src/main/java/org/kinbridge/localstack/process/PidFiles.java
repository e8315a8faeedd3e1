package org.kinbridge.localstack.process;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.kinbridge.localstack.StackException;

/**
 * Pid files in {@code run/}, so that a second launcher on the same data refuses to start,
 * and children left behind by a launcher that was killed with SIGKILL are stopped before
 * their ports are checked.
 */
public final class PidFiles {

	/**
	 * Put on every child's command line, so that a stale pid is only ever matched to our
	 * own child.
	 */
	public static final String CHILD_MARKER = "-Dkinbridge.local-stack.child=";

	private static final String LAUNCHER = "local-stack";

	private final Path dir;

	public PidFiles(Path dir) {
		this.dir = dir;
	}

	/**
	 * Refuses to run next to a live launcher on the same data, stops leftover children,
	 * and records this launcher.
	 */
	public void claim(PrintStream out) {
		try {
			Files.createDirectories(this.dir);
			Optional<ProcessHandle> launcher = live(LAUNCHER).filter((handle) -> commandLine(handle)
				.map((line) -> line.contains("kinbridge-local-stack") || line.contains("LocalStack"))
				.orElse(false));
			if (launcher.isPresent()) {
				throw new StackException("The local stack is already running on this data (pid " + launcher.get().pid()
						+ "): stop it with Ctrl-C in its terminal, or kill " + launcher.get().pid() + ".");
			}
			Map<String, ProcessHandle> leftovers = new TreeMap<>(
					Comparator.comparingInt(PidFiles::stopRank).thenComparing(Comparator.naturalOrder()));
			try (DirectoryStream<Path> files = Files.newDirectoryStream(this.dir, "*.pid")) {
				for (Path file : files) {
					String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
					if (!name.equals(LAUNCHER)) {
						live(name).filter((handle) -> isOurChild(handle, name))
							.ifPresent((handle) -> leftovers.put(name, handle));
					}
				}
			}
			leftovers.forEach((name, handle) -> stopLeftover(out, name, handle));
			deleteAll();
			write(LAUNCHER, ProcessHandle.current().pid());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void write(String name, long pid) {
		try {
			Files.writeString(this.dir.resolve(name + ".pid"), Long.toString(pid));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void deleteAll() {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.dir, "*.pid")) {
			for (Path file : files) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// Nothing to clean up; a stale file is checked against the process anyway.
		}
	}

	private Optional<ProcessHandle> live(String name) {
		Path file = this.dir.resolve(name + ".pid");
		try {
			if (!Files.exists(file)) {
				return Optional.empty();
			}
			long pid = Long.parseLong(Files.readString(file).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** The order in which the stack stops: the gateway, the services, Kafka, MongoDB. */
	private static int stopRank(String name) {
		return switch (name) {
			case "gateway" -> 0;
			case "kafka" -> 2;
			case "mongo" -> 3;
			default -> 1;
		};
	}

	private static boolean isOurChild(ProcessHandle handle, String name) {
		return commandLine(handle).map((line) -> line.contains(CHILD_MARKER + name)).orElse(false);
	}

	private static Optional<String> commandLine(ProcessHandle handle) {
		return handle.info().commandLine();
	}

	private static void stopLeftover(PrintStream out, String name, ProcessHandle handle) {
		out.println("Stopping " + name + " (pid " + handle.pid() + ") left running by an earlier launcher");
		handle.destroy();
		try {
			handle.onExit().get(Duration.ofSeconds(20).toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			handle.destroyForcibly();
		}
	}

}
