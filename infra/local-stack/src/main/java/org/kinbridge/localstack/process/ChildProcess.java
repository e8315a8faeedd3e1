package org.kinbridge.localstack.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.kinbridge.localstack.StackException;

/**
 * One running child: its process, its log, and how to stop it. Restarting starts a new
 * process from the same {@link ChildSpec} and appends to the same log.
 */
public final class ChildProcess {

	private final ChildSpec spec;

	private volatile Process process;

	// Where this process's output starts in the log, so that an earlier run's lines
	// are not taken for this run's READY line.
	private volatile long logOffset;

	public ChildProcess(ChildSpec spec) {
		this.spec = spec;
	}

	public ChildSpec spec() {
		return this.spec;
	}

	public String name() {
		return this.spec.name();
	}

	/**
	 * Starts the process; the first start of a run truncates the log, later ones append
	 * to it.
	 */
	public synchronized void start(boolean appendToLog) {
		try {
			Files.createDirectories(this.spec.logFile().getParent());
			this.logOffset = (appendToLog && Files.exists(this.spec.logFile())) ? Files.size(this.spec.logFile()) : 0;
			ProcessBuilder builder = new ProcessBuilder(this.spec.command()).redirectErrorStream(true)
				.redirectOutput(appendToLog ? Redirect.appendTo(this.spec.logFile().toFile())
						: Redirect.to(this.spec.logFile().toFile()))
				.redirectInput(Redirect.PIPE);
			builder.environment().putAll(this.spec.environment());
			this.process = builder.start();
			// Nothing is typed into a child; a closed stdin keeps it off the terminal.
			this.process.getOutputStream().close();
		}
		catch (IOException ex) {
			throw new StackException("Cannot start " + name() + ": " + ex.getMessage(), ex);
		}
	}

	public long pid() {
		Process current = this.process;
		return (current != null) ? current.pid() : -1;
	}

	public boolean isAlive() {
		Process current = this.process;
		return current != null && current.isAlive();
	}

	public Process process() {
		return this.process;
	}

	public boolean isReady() {
		return isAlive() && this.spec.readiness().isReady(this);
	}

	/**
	 * SIGTERM, then SIGKILL if the process has not ended within {@code grace}.
	 */
	public void stop(Duration grace) {
		Process current = this.process;
		if (current == null || !current.isAlive()) {
			return;
		}
		current.destroy();
		try {
			if (!current.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				current.destroyForcibly();
				current.waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			current.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The lines this process has written so far (not those of earlier runs).
	 */
	public List<String> logLines() {
		Path log = this.spec.logFile();
		if (!Files.exists(log)) {
			return List.of();
		}
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
			long offset = Math.min(this.logOffset, file.length());
			byte[] bytes = new byte[(int) Math.min(file.length() - offset, Integer.MAX_VALUE)];
			file.seek(offset);
			file.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public List<String> lastLogLines(int count) {
		Deque<String> last = new ArrayDeque<>();
		for (String line : logLines()) {
			if (last.size() == count) {
				last.removeFirst();
			}
			last.addLast(line);
		}
		return List.copyOf(last);
	}

}
