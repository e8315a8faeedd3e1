package org.kinbridge.localstack.process;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the children running: a child that dies while the stack is up is started again, a
 * few times with a growing pause, and the stack is stopped in dependency order at the
 * end.
 */
public final class Supervisor {

	private static final int MAX_RESTARTS = 5;

	private static final Duration RESTART_WINDOW = Duration.ofMinutes(10);

	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

	private static final Duration READY_AFTER_RESTART = Duration.ofMinutes(3);

	private final PrintStream out;

	private final Clock clock;

	private final Consumer<ChildProcess> onStarted;

	private final Map<String, Deque<Instant>> restarts = new ConcurrentHashMap<>();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "supervisor");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean stopping;

	/**
	 * @param onStarted told of every start, first or restart (e.g. to record the new pid)
	 */
	public Supervisor(PrintStream out, Clock clock, Consumer<ChildProcess> onStarted) {
		this.out = out;
		this.clock = clock;
		this.onStarted = onStarted;
	}

	/**
	 * Starts a child unless the stack is already stopping.
	 * @return whether it was started
	 */
	public synchronized boolean start(ChildProcess child) {
		if (this.stopping) {
			return false;
		}
		child.start(false);
		this.onStarted.accept(child);
		return true;
	}

	public boolean isStopping() {
		return this.stopping;
	}

	/**
	 * From now on, restarts {@code child} whenever it ends while the stack is not
	 * stopping.
	 */
	public synchronized void watch(ChildProcess child) {
		watchCurrentProcess(child);
	}

	private void watchCurrentProcess(ChildProcess child) {
		long pid = child.pid();
		child.process().onExit().thenAccept((ended) -> {
			if (!this.stopping) {
				onUnexpectedExit(child, pid, ended.exitValue());
			}
		});
	}

	private void onUnexpectedExit(ChildProcess child, long pid, int status) {
		Deque<Instant> recent = this.restarts.computeIfAbsent(child.name(), (name) -> new ArrayDeque<>());
		Instant now = this.clock.instant();
		synchronized (recent) {
			while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(RESTART_WINDOW))) {
				recent.removeFirst();
			}
			if (recent.size() >= MAX_RESTARTS) {
				this.out.println(child.name() + " (pid " + pid + ") stopped with status " + status + " and has failed "
						+ MAX_RESTARTS + " times in " + RESTART_WINDOW.toMinutes() + " minutes: not restarting it. See "
						+ child.spec().logFile());
				return;
			}
			recent.addLast(now);
		}
		Duration backoff = FIRST_BACKOFF.multipliedBy(1L << (recent.size() - 1));
		this.out.println(
				child.name() + " (pid " + pid + ") stopped unexpectedly with status " + status + ": restarting it in "
						+ backoff.toSeconds() + " s (restart " + recent.size() + " of at most " + MAX_RESTARTS + ")");
		this.scheduler.schedule(() -> restart(child), backoff.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void restart(ChildProcess child) {
		synchronized (this) {
			if (this.stopping) {
				return;
			}
			child.start(true);
			this.onStarted.accept(child);
			watchCurrentProcess(child);
		}
		Instant deadline = this.clock.instant().plus(READY_AFTER_RESTART);
		this.scheduler.execute(() -> reportWhenReady(child, child.pid(), deadline));
	}

	private void reportWhenReady(ChildProcess child, long pid, Instant deadline) {
		if (this.stopping || child.pid() != pid || !child.isAlive()) {
			return;
		}
		if (child.isReady()) {
			this.out.println(child.name() + " restarted and is up again (pid " + pid + ")");
		}
		else if (this.clock.instant().isAfter(deadline)) {
			this.out.println(child.name() + " restarted (pid " + pid + ") but is not up after "
					+ READY_AFTER_RESTART.toMinutes() + " minutes: " + child.spec().readiness().describe(child));
		}
		else {
			this.scheduler.schedule(() -> reportWhenReady(child, pid, deadline), 1, TimeUnit.SECONDS);
		}
	}

	/**
	 * Stops restarting, then stops each group in turn; the children of one group stop in
	 * parallel.
	 */
	public void stopInOrder(List<List<ChildProcess>> groups, Duration grace) {
		synchronized (this) {
			this.stopping = true;
		}
		this.scheduler.shutdownNow();
		for (List<ChildProcess> group : groups) {
			List<Thread> stoppers = new ArrayList<>();
			for (ChildProcess child : group) {
				Thread stopper = new Thread(() -> child.stop(grace), "stop-" + child.name());
				stopper.start();
				stoppers.add(stopper);
			}
			for (Thread stopper : stoppers) {
				try {
					stopper.join();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

}
