package org.kinbridge.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.testkit.MutableClock;

/**
 * The proof behind docs/adr/0002-event-store.md: with several concurrent writers whose
 * commits land up to three seconds late, and a restart of the tracking processor
 * half-way, the processor sees every committed event exactly once in effect and in
 * per-aggregate order.
 */
abstract class SequencedEventStoreTrackingContract {

	private static final int WRITERS = 6;

	private static final int AGGREGATES = 30;

	private static final int EVENTS_TO_COMMIT = 600;

	private static final long MAX_COMMIT_DELAY_MILLIS = 3_000;

	private MongoClient client;

	private MongoDatabase database;

	private ScheduledExecutorService lateCommits;

	private final Serializer serializer = JacksonSerializer.defaultSerializer();

	/** A mongodb:// URI of an empty server for each test. */
	protected abstract String mongoUri();

	@BeforeEach
	void connect() {
		this.client = MongoClients.create(mongoUri());
		this.database = this.client.getDatabase("eventstore_" + UUID.randomUUID().toString().substring(0, 8));
		this.lateCommits = Executors.newScheduledThreadPool(WRITERS);
	}

	@AfterEach
	void disconnect() {
		this.lateCommits.shutdownNow();
		this.database.drop();
		this.client.close();
	}

	@Test
	void trackingProcessorSeesEveryEventOnceAndInAggregateOrderDespiteLateCommitsAndARestart() throws Exception {
		SequencedMongoEventStorageEngine engine = new LateCommittingEngine(SequencedMongoEventStorageEngine.builder()
			.database(this.database)
			.eventSerializer(this.serializer)
			.snapshotSerializer(this.serializer)
			.gapTimeout(Duration.ofSeconds(30)), this.lateCommits, new Random(42));
		Recorder recorder = new Recorder();
		Committed committed = new Committed();

		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		List<Future<?>> running = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			Random random = new Random(w);
			running.add(writers.submit(() -> writeUntilEnough(engine, random, committed)));
		}

		Configuration first = startProcessor(engine, recorder);
		await().atMost(Duration.ofMinutes(3)).until(() -> recorder.firstSeen() >= EVENTS_TO_COMMIT / 2);
		first.shutdown();
		Configuration second = startProcessor(engine, recorder);
		try {
			for (Future<?> writer : running) {
				writer.get(2, TimeUnit.MINUTES);
			}
			writers.shutdown();

			await().atMost(Duration.ofMinutes(3))
				.untilAsserted(
						() -> assertThat(recorder.seenIds()).containsExactlyInAnyOrderElementsOf(committed.ids()));
		}
		finally {
			second.shutdown();
		}

		assertThat(committed.ids()).hasSizeGreaterThanOrEqualTo(EVENTS_TO_COMMIT);
		assertThat(committed.conflicts.get()).as("writers raced on aggregates, leaving permanent gaps").isPositive();
		assertThat(recorder.outOfOrder).as("deliveries that skipped ahead in an aggregate").isEmpty();
		committed.sequencesByAggregate.forEach((aggregate, sequences) -> assertThat(recorder.inEffect(aggregate))
			.as("aggregate %s in effect", aggregate)
			.containsExactlyElementsOf(sequences.stream().sorted().toList()));
	}

	@Test
	void keepsWaitingForAnAllocatedNumberUntilTheGapTimeoutThenGivesItUp() {
		MutableClock clock = new MutableClock(Instant.parse("2026-11-29T03:00:00Z"));
		SequencedMongoEventStorageEngine engine = SequencedMongoEventStorageEngine.builder()
			.database(this.database)
			.eventSerializer(this.serializer)
			.snapshotSerializer(this.serializer)
			.clock(clock)
			.gapTimeout(Duration.ofMinutes(5))
			.build();
		engine.appendEvents(List.of(event("a", 0)));
		// A number taken by a writer that then died: allocated, never written.
		this.database.getCollection(SequencedMongoEventStorageEngine.COUNTERS)
			.updateOne(new Document("_id", "global_index"), new Document("$inc", new Document("value", 1L)));
		engine.appendEvents(List.of(event("a", 1)));
		GapAwareTrackingToken afterTwo = lastToken(engine, null);
		assertThat(afterTwo.getGaps()).containsExactly(2L);

		clock.advance(Duration.ofMinutes(4));
		engine.appendEvents(List.of(event("a", 2)));
		assertThat(lastToken(engine, afterTwo).getGaps()).as("still within the timeout").containsExactly(2L);

		clock.advance(Duration.ofMinutes(2));
		engine.appendEvents(List.of(event("a", 3)));
		GapAwareTrackingToken afterFour = lastToken(engine, afterTwo);
		assertThat(afterFour.getGaps()).as("given up after the timeout").isEmpty();
		assertThat(afterFour.getIndex()).isEqualTo(5);
	}

	@Test
	void concurrentWritersOfDifferentAggregatesNeverShareAGlobalNumber() throws Exception {
		SequencedMongoEventStorageEngine engine = SequencedMongoEventStorageEngine.builder()
			.database(this.database)
			.eventSerializer(this.serializer)
			.snapshotSerializer(this.serializer)
			.build();
		int writers = 16;
		int appendsEach = 40;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> appends = new ArrayList<>();
			for (int writer = 0; writer < writers; writer++) {
				String aggregate = "case-" + writer;
				appends.add(pool.submit(() -> {
					for (int sequence = 0; sequence < appendsEach; sequence++) {
						// Nobody else writes this aggregate: any refusal is the store's
						// fault.
						engine.appendEvents(List.of(event(aggregate, sequence)));
					}
				}));
			}
			for (Future<?> append : appends) {
				append.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}

		List<Long> numbers = engine.readEvents(null, false)
			.map(event -> ((GapAwareTrackingToken) event.trackingToken()).getIndex())
			.toList();
		assertThat(numbers).hasSize(writers * appendsEach).doesNotHaveDuplicates();
	}

	@Test
	void anAppendThatLosesTheRaceStoresNoneOfItsEvents() {
		SequencedMongoEventStorageEngine engine = SequencedMongoEventStorageEngine.builder()
			.database(this.database)
			.eventSerializer(this.serializer)
			.snapshotSerializer(this.serializer)
			.build();
		engine.appendEvents(List.of(event("a", 0), event("a", 1)));
		// A writer that loaded the aggregate at sequence 0 appends two events starting at
		// 1.
		assertThatThrownBy(() -> engine.appendEvents(List.of(event("a", 1), event("a", 2))))
			.isInstanceOf(ConcurrencyException.class);

		assertThat(engine.lastSequenceNumberFor("a")).contains(1L);
		assertThat(engine.readEvents("a", 0).asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(0L,
				1L);
		assertThat(engine.readEvents("a", 1).asStream().map(DomainEventMessage::getSequenceNumber))
			.as("reading from the middle of a commit")
			.containsExactly(1L);
	}

	private static GapAwareTrackingToken lastToken(SequencedMongoEventStorageEngine engine, TrackingToken from) {
		return (GapAwareTrackingToken) engine.readEvents(from, false).reduce((x, y) -> y).orElseThrow().trackingToken();
	}

	private void writeUntilEnough(SequencedMongoEventStorageEngine engine, Random random, Committed committed) {
		while (committed.count() < EVENTS_TO_COMMIT) {
			String aggregate = "child-" + random.nextInt(AGGREGATES);
			long next = engine.lastSequenceNumberFor(aggregate).map(last -> last + 1).orElse(0L);
			int batch = random.nextInt(4) == 0 ? 2 : 1;
			List<DomainEventMessage<?>> events = new ArrayList<>();
			for (int i = 0; i < batch; i++) {
				events.add(event(aggregate, next + i));
			}
			try {
				engine.appendEvents(events);
				events.forEach(committed::add);
			}
			catch (ConcurrencyException | AggregateStreamCreationException lostTheRace) {
				committed.conflicts.incrementAndGet();
			}
		}
	}

	private static DomainEventMessage<?> event(String aggregate, long sequence) {
		return new GenericDomainEventMessage<>("Child", aggregate, sequence, new Recorded(aggregate, sequence));
	}

	private Configuration startProcessor(SequencedMongoEventStorageEngine engine, Recorder recorder) {
		TokenStore tokenStore = MongoTokenStore.builder()
			.mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(this.database).build())
			.serializer(this.serializer)
			.build();
		Configuration configuration = DefaultConfigurer.defaultConfiguration(false)
			.configureEmbeddedEventStore(c -> engine)
			.configureSerializer(c -> this.serializer)
			.eventProcessing(processing -> processing.registerTokenStore(c -> tokenStore)
				.registerPooledStreamingEventProcessor("audit-trail", Configuration::eventStore,
						(c, builder) -> builder.initialSegmentCount(4).batchSize(20))
				.registerEventHandler(c -> new AuditTrailHandler(recorder)))
			.buildConfiguration();
		configuration.start();
		return configuration;
	}

	record Recorded(String aggregate, long sequence) {
	}

	@ProcessingGroup("audit-trail")
	static class AuditTrailHandler {

		private final Recorder recorder;

		AuditTrailHandler(Recorder recorder) {
			this.recorder = recorder;
		}

		@EventHandler
		void on(Recorded event, DomainEventMessage<?> message) {
			this.recorder.deliver(message.getIdentifier(), event.aggregate(), event.sequence());
		}

	}

	/**
	 * An idempotent read model: a redelivered event has no effect, a skipped one is
	 * recorded.
	 */
	static class Recorder {

		private final Map<String, List<Long>> applied = new ConcurrentHashMap<>();

		private final Set<String> ids = ConcurrentHashMap.newKeySet();

		final List<String> outOfOrder = Collections.synchronizedList(new ArrayList<>());

		void deliver(String eventId, String aggregate, long sequence) {
			List<Long> sequences = this.applied.computeIfAbsent(aggregate,
					a -> Collections.synchronizedList(new ArrayList<>()));
			synchronized (sequences) {
				long expected = sequences.size();
				if (sequence == expected) {
					sequences.add(sequence);
					this.ids.add(eventId);
				}
				else if (sequence > expected) {
					this.outOfOrder.add(aggregate + " got " + sequence + " while expecting " + expected);
				}
			}
		}

		int firstSeen() {
			return this.ids.size();
		}

		Set<String> seenIds() {
			return Set.copyOf(this.ids);
		}

		List<Long> inEffect(String aggregate) {
			return List.copyOf(this.applied.getOrDefault(aggregate, List.of()));
		}

	}

	static class Committed {

		private final Set<String> ids = ConcurrentHashMap.newKeySet();

		final Map<String, List<Long>> sequencesByAggregate = new ConcurrentHashMap<>();

		final AtomicInteger conflicts = new AtomicInteger();

		void add(DomainEventMessage<?> event) {
			this.ids.add(event.getIdentifier());
			this.sequencesByAggregate
				.computeIfAbsent(event.getAggregateIdentifier(), a -> new java.util.concurrent.CopyOnWriteArrayList<>())
				.add(event.getSequenceNumber());
		}

		int count() {
			return this.ids.size();
		}

		Set<String> ids() {
			return Set.copyOf(this.ids);
		}

	}

	/**
	 * Models a slow commit: a third of the writes reach the collection up to three
	 * seconds after their global numbers were taken, so later numbers become visible
	 * first.
	 */
	static class LateCommittingEngine extends SequencedMongoEventStorageEngine {

		private final ScheduledExecutorService scheduler;

		private final Random random;

		LateCommittingEngine(Builder builder, ScheduledExecutorService scheduler, Random random) {
			super(builder);
			this.scheduler = scheduler;
			this.random = random;
		}

		@Override
		protected void insertCommit(Document commit) {
			long delay = nextDelay();
			if (delay == 0) {
				super.insertCommit(commit);
				return;
			}
			try {
				this.scheduler.schedule(() -> super.insertCommit(commit), delay, TimeUnit.MILLISECONDS).get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (ExecutionException ex) {
				throw (RuntimeException) ex.getCause();
			}
		}

		private synchronized long nextDelay() {
			return this.random.nextInt(3) == 0 ? 1 + this.random.nextLong(MAX_COMMIT_DELAY_MILLIS) : 0;
		}

	}

}
