package org.kinbridge.platform.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.kinbridge.platform.replay.Replay.State;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * Starts replays with Axon's own mechanism and follows them: the processor is stopped,
 * its tokens are reset to the start of the store (which calls the projections'
 * {@code @ResetHandler}s, so that they clear their collections), and it is started again;
 * it then reads the whole history in replay mode while new events wait behind it.
 * <p>
 * Replays are kept in memory, the last {@value #KEPT} of them: the rebuilt read model is
 * the lasting result. A replay runs on the instance that was asked; on a service with
 * several replicas the others must not hold the processor's segments (stop the processor
 * there first), or the reset is refused.
 */
public class Replays implements DisposableBean {

	static final int KEPT = 50;

	private static final Logger log = LoggerFactory.getLogger(Replays.class);

	private final EventProcessingConfiguration processing;

	private final StreamableMessageSource<?> store;

	private final TokenStore tokenStore;

	private final ReplayProperties properties;

	private final Clock clock;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "kinbridge-replay");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Tracked> replays = new LinkedHashMap<>();

	public Replays(EventProcessingConfiguration processing, StreamableMessageSource<?> store, TokenStore tokenStore,
			ReplayProperties properties, Clock clock) {
		this.processing = processing;
		this.store = store;
		this.tokenStore = tokenStore;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param processor a processing group listed in {@code kinbridge.replay.processors}
	 * @param requestedBy the user asking
	 * @return the replay, still starting
	 * @throws NotFoundException for a processor that is not replayable here
	 * @throws ConflictException while a replay of the same processor runs
	 */
	public synchronized Replay start(String processor, String requestedBy) {
		StreamingEventProcessor found = replayable(processor)
			.orElseThrow(() -> new NotFoundException("No replayable processor " + processor));
		Optional<Tracked> running = this.replays.values()
			.stream()
			.filter((replay) -> replay.processor.equals(processor) && !replay.state.isOver())
			.findFirst();
		if (running.isPresent()) {
			throw new ConflictException(
					"A replay of " + processor + " is running (" + running.get().id + "); wait until it finishes.");
		}
		Tracked replay = new Tracked(UUID.randomUUID().toString(), processor, requestedBy, this.clock.instant());
		this.replays.put(replay.id, replay);
		forgetOldest();
		this.executor.execute(() -> run(replay, found));
		return replay.view(this.clock.instant());
	}

	public synchronized Optional<Replay> find(String id) {
		return Optional.ofNullable(this.replays.get(id)).map((replay) -> replay.view(this.clock.instant()));
	}

	/**
	 * @return the replays kept, latest first
	 */
	public synchronized List<Replay> list() {
		Instant now = this.clock.instant();
		return this.replays.values()
			.stream()
			.map((replay) -> replay.view(now))
			.sorted(Comparator.comparing(Replay::startedAt).reversed())
			.toList();
	}

	/**
	 * @return the processing groups that may be replayed
	 */
	public List<String> processors() {
		return this.properties.processors();
	}

	private Optional<StreamingEventProcessor> replayable(String processor) {
		if (processor == null || !this.properties.processors().contains(processor)) {
			return Optional.empty();
		}
		return this.processing.eventProcessor(processor, StreamingEventProcessor.class)
			.filter(StreamingEventProcessor::supportsReset);
	}

	private void run(Tracked replay, StreamingEventProcessor processor) {
		try {
			processor.shutdownAsync().get(this.properties.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
			long target = positionOf(this.store.createHeadToken());
			int segments = this.tokenStore.fetchSegments(replay.processor).length;
			processor.resetTokens(startOfHistory());
			synchronized (this) {
				replay.running(target, segments, this.clock.instant());
			}
			log.info("Replay {} of {} started: {} events to read in {} segments", replay.id, replay.processor, target,
					segments);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			failed(replay, "interrupted while stopping the processor");
		}
		catch (Exception ex) {
			// Typically another replica holds a segment (UnableToClaimTokenException).
			log.warn("Replay {} of {} could not reset the processor", replay.id, replay.processor, ex);
			failed(replay, "the processor could not be reset (" + ex.getClass().getSimpleName()
					+ "); if another replica runs it, stop it there first");
		}
		finally {
			processor.start();
		}
		if (replay.state == State.RUNNING) {
			long every = this.properties.pollInterval().toMillis();
			replay.poller = this.executor.scheduleWithFixedDelay(() -> poll(replay, processor), every, every,
					TimeUnit.MILLISECONDS);
		}
	}

	private void poll(Tracked replay, StreamingEventProcessor processor) {
		try {
			List<EventTrackerStatus> segments = new ArrayList<>(processor.processingStatus().values());
			ReplayProgress progress = ReplayProgress.of(segments, replay.segments, replay.target);
			String trouble = segments.stream()
				.filter(EventTrackerStatus::isErrorState)
				.findFirst()
				.map((segment) -> "segment " + segment.getSegment().getSegmentId() + " in error ("
						+ segment.getError().getClass().getSimpleName() + "), retrying")
				.orElse(null);
			synchronized (this) {
				replay.progress(progress, trouble, this.clock.instant());
			}
			if (progress.finished()) {
				log.info("Replay {} of {} finished: {}", replay.id, replay.processor,
						replay.view(this.clock.instant()));
				replay.poller.cancel(false);
			}
		}
		catch (RuntimeException ex) {
			// The poller must survive a failed read; the next one tries again.
			log.warn("Replay {} of {}: progress not read ({})", replay.id, replay.processor,
					ex.getClass().getSimpleName());
		}
	}

	private synchronized void failed(Tracked replay, String why) {
		replay.failed(why, this.clock.instant());
	}

	private void forgetOldest() {
		if (this.replays.size() > KEPT) {
			this.replays.values()
				.stream()
				.filter((replay) -> replay.state.isOver())
				.findFirst()
				.ifPresent((oldest) -> this.replays.remove(oldest.id));
		}
	}

	/**
	 * The store's tail token is {@code null}, which the Mongo token store cannot store
	 * over an existing token; a gap-aware token at 0 is the same place, since the store
	 * numbers events from 1.
	 */
	private TrackingToken startOfHistory() {
		TrackingToken tail = this.store.createTailToken();
		return (tail != null) ? tail : GapAwareTrackingToken.newInstance(0, List.of());
	}

	private static long positionOf(TrackingToken token) {
		return (token != null) ? token.position().orElse(0) : 0;
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	/** A replay's mutable record, guarded by the {@link Replays} that holds it. */
	private static final class Tracked {

		final String id;

		final String processor;

		final String requestedBy;

		final Instant startedAt;

		State state = State.STARTING;

		long target;

		int segments;

		Instant resetAt;

		long done;

		Instant finishedAt;

		String failure;

		volatile ScheduledFuture<?> poller;

		Tracked(String id, String processor, String requestedBy, Instant startedAt) {
			this.id = id;
			this.processor = processor;
			this.requestedBy = requestedBy;
			this.startedAt = startedAt;
		}

		void running(long target, int segments, Instant at) {
			this.state = State.RUNNING;
			this.target = target;
			this.segments = segments;
			this.resetAt = at;
		}

		void progress(ReplayProgress progress, String trouble, Instant at) {
			this.done = progress.done();
			this.failure = trouble;
			if (progress.finished()) {
				this.state = State.FINISHED;
				this.done = this.target;
				this.finishedAt = at;
			}
		}

		void failed(String why, Instant at) {
			this.state = State.FAILED;
			this.failure = why;
			this.finishedAt = at;
		}

		Replay view(Instant now) {
			double percent = (this.target > 0) ? Math.round(1000.0 * this.done / this.target) / 10.0
					: (this.state == State.FINISHED ? 100.0 : 0.0);
			double rate = 0;
			if (this.resetAt != null) {
				Instant end = (this.finishedAt != null) ? this.finishedAt : now;
				long millis = Math.max(1, Duration.between(this.resetAt, end).toMillis());
				rate = Math.round(10_000.0 * this.done / millis) / 10.0;
			}
			return new Replay(this.id, this.processor, this.state, this.done, this.target, percent, rate,
					this.requestedBy, this.startedAt, this.finishedAt, this.failure);
		}

	}

}
