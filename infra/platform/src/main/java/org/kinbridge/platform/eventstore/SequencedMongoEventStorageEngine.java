package org.kinbridge.platform.eventstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Stores the events of an append in MongoDB, numbered by a global sequence that is
 * allocated before the write. Tracking tokens are {@link GapAwareTrackingToken}s: a
 * number that was allocated but whose document is not visible yet (a slow or delayed
 * write) stays a gap in the token and is read as soon as the write lands, instead of
 * being skipped as a time-based token would. A gap is given up only when an event
 * allocated after it was allocated more than {@code gapTimeout} ago (a writer that died
 * or lost an optimistic-locking race).
 *
 * <p>
 * One document holds all the events one append adds to one aggregate (a commit), so that
 * an append is all or nothing without a multi-document transaction: its events share a
 * block of global numbers, the document's {@code _id} being the first and
 * {@code lastIndex} the last. Optimistic locking rests on a unique index on (aggregate
 * id, first sequence number): commits of an aggregate are contiguous, so two writers that
 * loaded the same history start at the same number and only one of them can store it.
 */
public class SequencedMongoEventStorageEngine extends BatchingEventStorageEngine {

	static final String EVENTS = "domain_events";

	static final String SNAPSHOTS = "snapshot_events";

	static final String COUNTERS = "event_sequence";

	private static final String COUNTER_ID = "global_index";

	/**
	 * The first number the sequence hands out; a fresh token treats lower ones as gaps.
	 */
	static final long FIRST_GLOBAL_INDEX = 1;

	private final MongoCollection<Document> events;

	private final MongoCollection<Document> snapshots;

	private final MongoCollection<Document> counters;

	private final Clock clock;

	private final Duration gapTimeout;

	private final int maxGapOffset;

	protected SequencedMongoEventStorageEngine(Builder builder) {
		super(builder);
		this.events = builder.database.getCollection(EVENTS);
		this.snapshots = builder.database.getCollection(SNAPSHOTS);
		this.counters = builder.database.getCollection(COUNTERS);
		this.clock = builder.clock;
		this.gapTimeout = builder.gapTimeout;
		this.maxGapOffset = builder.maxGapOffset;
		if (builder.createIndexes) {
			ensureIndexes();
		}
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The unique index carries the optimistic locking; the others keep reads cheap on a
	 * real MongoDB.
	 */
	public final void ensureIndexes() {
		// A multikey index over every event of a commit: no two commits can hold the same
		// sequence number of an aggregate, whatever number they start at.
		this.events.createIndex(Indexes.ascending("aggregateIdentifier", "events.sequenceNumber"),
				new IndexOptions().unique(true).name("uniqueAggregateSequence"));
		this.events.createIndex(Indexes.ascending("lastIndex"), new IndexOptions().name("lastIndex"));
		this.events.createIndex(Indexes.ascending("allocatedAt"), new IndexOptions().name("allocatedAt"));
		this.events.createIndex(Indexes.ascending("timestampMillis"), new IndexOptions().name("timestampMillis"));
		this.snapshots.createIndex(Indexes.ascending("aggregateIdentifier"),
				new IndexOptions().unique(true).name("uniqueSnapshotAggregate"));
	}

	@Override
	protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
		for (List<? extends EventMessage<?>> commit : commitsOf(events)) {
			long last = allocate(commit.size());
			long first = last - commit.size() + 1;
			Document document = toDocument(commit, serializer, first, this.clock.instant());
			try {
				insertCommit(document);
			}
			catch (MongoException ex) {
				handlePersistenceException(ex, commit.get(0));
			}
		}
	}

	/**
	 * Splits an append into runs of consecutive events of one aggregate; an event without
	 * an aggregate is a commit of its own.
	 */
	private static List<List<? extends EventMessage<?>>> commitsOf(List<? extends EventMessage<?>> events) {
		List<List<? extends EventMessage<?>>> commits = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= events.size(); i++) {
			if (i == events.size() || !sameAggregate(events.get(start), events.get(i))) {
				commits.add(events.subList(start, i));
				start = i;
			}
		}
		return commits;
	}

	private static boolean sameAggregate(EventMessage<?> a, EventMessage<?> b) {
		return a instanceof DomainEventMessage<?> first && b instanceof DomainEventMessage<?> second
				&& first.getAggregateIdentifier().equals(second.getAggregateIdentifier());
	}

	/**
	 * Takes {@code count} consecutive global numbers and returns the highest. A
	 * compare-and-set on the counter, not {@code findOneAndUpdate} with {@code $inc}:
	 * MongoDB makes both atomic, but the wire server of the local stack and the tests
	 * applies the increment atomically and may still return the same value to two
	 * concurrent callers (126 repeats in 4,000 calls from 16 threads), and two commits
	 * sharing global numbers break every tracking processor.
	 */
	private long allocate(int count) {
		while (true) {
			Document counter = this.counters.find(eq("_id", COUNTER_ID)).first();
			if (counter == null) {
				try {
					this.counters.insertOne(new Document("_id", COUNTER_ID).append("value", (long) count));
					return count + FIRST_GLOBAL_INDEX - 1;
				}
				catch (MongoException ex) {
					if (!isDuplicateKey(ex)) {
						throw ex;
					}
					// Another writer created the counter first: take numbers after its.
					continue;
				}
			}
			long current = ((Number) counter.get("value")).longValue();
			UpdateResult taken = this.counters.updateOne(and(eq("_id", COUNTER_ID), eq("value", current)),
					Updates.set("value", current + count));
			if (taken.getModifiedCount() == 1) {
				return current + count + FIRST_GLOBAL_INDEX - 1;
			}
		}
	}

	/**
	 * Writes one commit. A separate method so that tests can model a write whose commit
	 * lands late.
	 */
	protected void insertCommit(Document commit) {
		this.events.insertOne(commit);
	}

	private Document toDocument(List<? extends EventMessage<?>> commit, Serializer serializer, long firstIndex,
			Instant allocatedAt) {
		List<Document> entries = new ArrayList<>(commit.size());
		for (EventMessage<?> event : commit) {
			SerializedObject<String> payload = event.serializePayload(serializer, String.class);
			SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
			// The ISO string keeps full precision; the number is what queries compare,
			// because ISO
			// strings with different fraction lengths do not sort as the instants do.
			entries.add(new Document("eventIdentifier", event.getIdentifier())
				.append("sequenceNumber",
						event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L)
				.append("timestamp", event.getTimestamp().toString())
				.append("payloadType", payload.getType().getName())
				.append("payloadRevision", payload.getType().getRevision())
				.append("payload", payload.getData())
				.append("metaData", metaData.getData()));
		}
		EventMessage<?> first = commit.get(0);
		Document document = new Document("_id", firstIndex).append("lastIndex", firstIndex + commit.size() - 1);
		if (first instanceof DomainEventMessage<?> domain) {
			document.append("aggregateIdentifier", domain.getAggregateIdentifier())
				.append("type", domain.getType())
				.append("firstSequenceNumber", domain.getSequenceNumber())
				.append("lastSequenceNumber", domain.getSequenceNumber() + commit.size() - 1);
		}
		else {
			// Events without an aggregate still need unique (aggregate, sequence) values.
			document.append("aggregateIdentifier", first.getIdentifier())
				.append("type", null)
				.append("firstSequenceNumber", 0L)
				.append("lastSequenceNumber", 0L);
		}
		return document.append("timestampMillis", first.getTimestamp().toEpochMilli())
			.append("allocatedAt", allocatedAt.toEpochMilli())
			.append("events", entries);
	}

	@Override
	protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
		SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
		SerializedObject<String> metaData = snapshot.serializeMetaData(serializer, String.class);
		Document document = new Document("aggregateIdentifier", snapshot.getAggregateIdentifier())
			.append("sequenceNumber", snapshot.getSequenceNumber())
			.append("type", snapshot.getType())
			.append("eventIdentifier", snapshot.getIdentifier())
			.append("timestamp", snapshot.getTimestamp().toString())
			.append("payloadType", payload.getType().getName())
			.append("payloadRevision", payload.getType().getRevision())
			.append("payload", payload.getData())
			.append("metaData", metaData.getData());
		// One snapshot per aggregate: the newest replaces the older one.
		this.snapshots.replaceOne(eq("aggregateIdentifier", snapshot.getAggregateIdentifier()), document,
				new ReplaceOptions().upsert(true));
	}

	@Override
	protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
			int batchSize) {
		List<DomainEventData<?>> result = new ArrayList<>();
		for (Document commit : this.events
			.find(and(eq("aggregateIdentifier", aggregateIdentifier), gte("lastSequenceNumber", firstSequenceNumber)))
			.sort(ascending("firstSequenceNumber"))
			.limit(batchSize)) {
			for (Document entry : entriesOf(commit)) {
				if (sequenceOf(entry) >= firstSequenceNumber) {
					result.add(toEventData(commit, entry));
				}
			}
		}
		return result;
	}

	@Override
	protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
		Document snapshot = this.snapshots.find(eq("aggregateIdentifier", aggregateIdentifier)).first();
		return snapshot == null ? Stream.empty() : Stream.of(snapshotData(snapshot));
	}

	@Override
	protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
		GapAwareTrackingToken previous = withExpiredGapsDropped(asGapAware(lastToken));
		long after = previous == null ? FIRST_GLOBAL_INDEX - 1 : previous.getIndex();
		Bson filter = gt("lastIndex", after);
		if (previous != null && previous.hasGaps()) {
			// Commits that overlap the gaps: a late write, or the rest of a commit whose
			// first
			// numbers were given up.
			filter = or(filter,
					and(gte("lastIndex", previous.getGaps().first()), lte("_id", previous.getGaps().last())));
		}
		List<Document> found = new ArrayList<>();
		this.events.find(filter).sort(ascending("_id")).limit(batchSize).into(found);

		List<TrackedEventData<?>> result = new ArrayList<>();
		GapAwareTrackingToken token = previous;
		for (Document commit : found) {
			long index = globalIndexOf(commit);
			for (Document entry : entriesOf(commit)) {
				if (index > after || (previous != null && previous.getGaps().contains(index))) {
					token = advance(token, index);
					result.add(new TrackedDomainEventData<>(token, toEventData(commit, entry)));
				}
				index++;
			}
		}
		return result;
	}

	private GapAwareTrackingToken advance(GapAwareTrackingToken token, long globalIndex) {
		if (token == null) {
			// Every number below the first one seen is still pending: keep them as gaps.
			SortedSet<Long> pending = new TreeSet<>();
			LongStream.range(FIRST_GLOBAL_INDEX, globalIndex).forEach(pending::add);
			return GapAwareTrackingToken.newInstance(globalIndex, pending);
		}
		return token.advanceTo(globalIndex, this.maxGapOffset);
	}

	/**
	 * A gap is a number that was allocated and not (yet) written. Once a number allocated
	 * after it was allocated longer ago than the gap timeout, the gap's writer has died
	 * or failed its optimistic-locking check, and waiting on longer would only cost
	 * queries.
	 */
	private GapAwareTrackingToken withExpiredGapsDropped(GapAwareTrackingToken token) {
		if (token == null || !token.hasGaps()) {
			return token;
		}
		long oldestAllowed = this.clock.instant().minus(this.gapTimeout).toEpochMilli();
		Document settled = this.events
			.find(and(gt("_id", token.getGaps().first()), lt("allocatedAt", oldestAllowed),
					lte("_id", token.getIndex())))
			.sort(descending("_id"))
			.limit(1)
			.first();
		return settled == null ? token : token.withGapsTruncatedAt(globalIndexOf(settled));
	}

	private static GapAwareTrackingToken asGapAware(TrackingToken token) {
		if (token == null || token instanceof GapAwareTrackingToken) {
			return (GapAwareTrackingToken) token;
		}
		throw new IllegalArgumentException("Unsupported tracking token for this event store: " + token.getClass());
	}

	private static long globalIndexOf(Document commit) {
		return ((Number) commit.get("_id")).longValue();
	}

	private static long sequenceOf(Document entry) {
		return ((Number) entry.get("sequenceNumber")).longValue();
	}

	private static List<Document> entriesOf(Document commit) {
		return commit.getList("events", Document.class);
	}

	private static GenericDomainEventEntry<String> toEventData(Document commit, Document entry) {
		return new GenericDomainEventEntry<>(commit.getString("type"), commit.getString("aggregateIdentifier"),
				sequenceOf(entry), entry.getString("eventIdentifier"), entry.getString("timestamp"),
				entry.getString("payloadType"), entry.getString("payloadRevision"), entry.getString("payload"),
				entry.getString("metaData"));
	}

	private static GenericDomainEventEntry<String> snapshotData(Document snapshot) {
		return new GenericDomainEventEntry<>(snapshot.getString("type"), snapshot.getString("aggregateIdentifier"),
				sequenceOf(snapshot), snapshot.getString("eventIdentifier"), snapshot.getString("timestamp"),
				snapshot.getString("payloadType"), snapshot.getString("payloadRevision"), snapshot.getString("payload"),
				snapshot.getString("metaData"));
	}

	@Override
	public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
		Document last = this.events.find(eq("aggregateIdentifier", aggregateIdentifier))
			.sort(descending("lastSequenceNumber"))
			.limit(1)
			.first();
		return Optional.ofNullable(last).map(commit -> ((Number) commit.get("lastSequenceNumber")).longValue());
	}

	@Override
	public TrackingToken createTailToken() {
		return null;
	}

	@Override
	public TrackingToken createHeadToken() {
		Document last = this.events.find().sort(descending("lastIndex")).limit(1).first();
		return last == null ? null
				: GapAwareTrackingToken.newInstance(((Number) last.get("lastIndex")).longValue(), List.of());
	}

	@Override
	public TrackingToken createTokenAt(Instant dateTime) {
		Document first = this.events.find(gte("timestampMillis", dateTime.toEpochMilli()))
			.sort(ascending("_id"))
			.limit(1)
			.first();
		if (first == null) {
			return createHeadToken();
		}
		long index = globalIndexOf(first) - 1;
		return index < FIRST_GLOBAL_INDEX ? null : GapAwareTrackingToken.newInstance(index, List.of());
	}

	/**
	 * Duplicate-key errors are optimistic-locking conflicts (Axon turns them into a
	 * ConcurrencyException).
	 */
	static boolean isDuplicateKey(Exception exception) {
		if (exception instanceof MongoWriteException write) {
			return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
		}
		if (exception instanceof MongoBulkWriteException bulk) {
			return bulk.getWriteErrors()
				.stream()
				.anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
		}
		return exception instanceof MongoException mongo
				&& ErrorCategory.fromErrorCode(mongo.getCode()) == ErrorCategory.DUPLICATE_KEY;
	}

	public static class Builder extends BatchingEventStorageEngine.Builder {

		private MongoDatabase database;

		private Clock clock = Clock.systemUTC();

		private Duration gapTimeout = Duration.ofMinutes(5);

		private int maxGapOffset = 10_000;

		private boolean createIndexes = true;

		public Builder() {
			persistenceExceptionResolver(SequencedMongoEventStorageEngine::isDuplicateKey);
		}

		public Builder database(MongoDatabase database) {
			this.database = database;
			return this;
		}

		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * How long an allocated but unwritten number is waited for; see the class
		 * comment.
		 */
		public Builder gapTimeout(Duration gapTimeout) {
			this.gapTimeout = gapTimeout;
			return this;
		}

		public Builder maxGapOffset(int maxGapOffset) {
			this.maxGapOffset = maxGapOffset;
			return this;
		}

		public Builder createIndexes(boolean createIndexes) {
			this.createIndexes = createIndexes;
			return this;
		}

		@Override
		public Builder eventSerializer(Serializer eventSerializer) {
			super.eventSerializer(eventSerializer);
			return this;
		}

		@Override
		public Builder snapshotSerializer(Serializer snapshotSerializer) {
			super.snapshotSerializer(snapshotSerializer);
			return this;
		}

		@Override
		public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
			super.upcasterChain(upcasterChain);
			return this;
		}

		@Override
		public Builder batchSize(int batchSize) {
			super.batchSize(batchSize);
			return this;
		}

		@Override
		protected void validate() throws AxonConfigurationException {
			super.validate();
			if (this.database == null) {
				throw new AxonConfigurationException("A MongoDatabase is required for the event store");
			}
		}

		public SequencedMongoEventStorageEngine build() {
			validate();
			return new SequencedMongoEventStorageEngine(this);
		}

	}

}
