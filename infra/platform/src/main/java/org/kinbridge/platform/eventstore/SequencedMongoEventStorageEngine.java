package org.kinbridge.platform.eventstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
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
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
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
 * Stores one MongoDB document per event, numbered by a global sequence that is allocated
 * before the write. Tracking tokens are {@link GapAwareTrackingToken}s: a number that was
 * allocated but whose document is not visible yet (a slow or delayed write) stays a gap
 * in the token and is read as soon as the write lands, instead of being skipped as a
 * time-based token would. A gap is given up only when an event allocated after it was
 * allocated more than {@code gapTimeout} ago (a writer that died or lost an
 * optimistic-locking race).
 *
 * <p>
 * Correctness needs no multi-document transaction: the global number is taken with one
 * atomic {@code $inc}, and optimistic locking of an aggregate rests on a unique index on
 * (aggregate id, sequence number).
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
	 * Unique indexes carry the optimistic locking; the others keep reads cheap on a real
	 * MongoDB.
	 */
	public final void ensureIndexes() {
		this.events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
				new IndexOptions().unique(true).name("uniqueAggregateSequence"));
		this.events.createIndex(Indexes.ascending("eventIdentifier"),
				new IndexOptions().unique(true).name("uniqueEventIdentifier"));
		this.events.createIndex(Indexes.ascending("allocatedAt"), new IndexOptions().name("allocatedAt"));
		this.events.createIndex(Indexes.ascending("timestampMillis"), new IndexOptions().name("timestampMillis"));
		this.snapshots.createIndex(Indexes.ascending("aggregateIdentifier"),
				new IndexOptions().unique(true).name("uniqueSnapshotAggregate"));
	}

	@Override
	protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
		if (events.isEmpty()) {
			return;
		}
		long last = allocate(events.size());
		long first = last - events.size() + 1;
		Instant allocatedAt = this.clock.instant();
		List<Document> documents = new ArrayList<>(events.size());
		for (int i = 0; i < events.size(); i++) {
			documents.add(toDocument(events.get(i), serializer, first + i, allocatedAt));
		}
		try {
			insertEvents(documents);
		}
		catch (MongoException ex) {
			handlePersistenceException(ex, events.get(0));
		}
	}

	/**
	 * Takes {@code count} consecutive global numbers with one atomic increment and
	 * returns the highest.
	 */
	private long allocate(int count) {
		Document counter = this.counters.findOneAndUpdate(eq("_id", COUNTER_ID), Updates.inc("value", (long) count),
				new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		return ((Number) counter.get("value")).longValue() + FIRST_GLOBAL_INDEX - 1;
	}

	/**
	 * Writes the documents of one append, in order. A separate method so that tests can
	 * model a write whose commit lands late.
	 */
	protected void insertEvents(List<Document> documents) {
		this.events.insertMany(documents, new InsertManyOptions().ordered(true));
	}

	private Document toDocument(EventMessage<?> event, Serializer serializer, long globalIndex, Instant allocatedAt) {
		SerializedObject<String> payload = event.serializePayload(serializer, String.class);
		SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
		Document document = new Document("_id", globalIndex).append("eventIdentifier", event.getIdentifier());
		if (event instanceof DomainEventMessage<?> domainEvent) {
			document.append("aggregateIdentifier", domainEvent.getAggregateIdentifier())
				.append("sequenceNumber", domainEvent.getSequenceNumber())
				.append("type", domainEvent.getType());
		}
		else {
			// Events without an aggregate still need unique (aggregate, sequence) values.
			document.append("aggregateIdentifier", event.getIdentifier())
				.append("sequenceNumber", 0L)
				.append("type", null);
		}
		// The ISO string keeps full precision; the number is what queries compare,
		// because ISO
		// strings with different fraction lengths do not sort as the instants do.
		return document.append("timestamp", event.getTimestamp().toString())
			.append("timestampMillis", event.getTimestamp().toEpochMilli())
			.append("allocatedAt", allocatedAt.toEpochMilli())
			.append("payloadType", payload.getType().getName())
			.append("payloadRevision", payload.getType().getRevision())
			.append("payload", payload.getData())
			.append("metaData", metaData.getData());
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
		for (Document document : this.events
			.find(and(eq("aggregateIdentifier", aggregateIdentifier), gte("sequenceNumber", firstSequenceNumber)))
			.sort(ascending("sequenceNumber"))
			.limit(batchSize)) {
			result.add(toEventData(document));
		}
		return result;
	}

	@Override
	protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
		Document snapshot = this.snapshots.find(eq("aggregateIdentifier", aggregateIdentifier)).first();
		return snapshot == null ? Stream.empty() : Stream.of(toEventData(snapshot));
	}

	@Override
	protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
		GapAwareTrackingToken previous = withExpiredGapsDropped(asGapAware(lastToken));
		long after = previous == null ? FIRST_GLOBAL_INDEX - 1 : previous.getIndex();
		Bson filter = gt("_id", after);
		if (previous != null && previous.hasGaps()) {
			filter = com.mongodb.client.model.Filters.or(filter, in("_id", previous.getGaps()));
		}
		List<Document> found = new ArrayList<>();
		this.events.find(filter).sort(ascending("_id")).limit(batchSize).into(found);

		List<TrackedEventData<?>> result = new ArrayList<>(found.size());
		GapAwareTrackingToken token = previous;
		for (Document document : found) {
			long globalIndex = globalIndexOf(document);
			token = advance(token, globalIndex);
			result.add(new TrackedDomainEventData<>(token, toEventData(document)));
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
					lt("_id", token.getIndex() + 1)))
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

	private static long globalIndexOf(Document document) {
		return ((Number) document.get("_id")).longValue();
	}

	private static GenericDomainEventEntry<String> toEventData(Document document) {
		return new GenericDomainEventEntry<>(document.getString("type"), document.getString("aggregateIdentifier"),
				((Number) document.get("sequenceNumber")).longValue(), document.getString("eventIdentifier"),
				document.getString("timestamp"), document.getString("payloadType"),
				document.getString("payloadRevision"), document.getString("payload"), document.getString("metaData"));
	}

	@Override
	public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
		Document last = this.events.find(eq("aggregateIdentifier", aggregateIdentifier))
			.sort(descending("sequenceNumber"))
			.limit(1)
			.first();
		return Optional.ofNullable(last).map(document -> ((Number) document.get("sequenceNumber")).longValue());
	}

	@Override
	public TrackingToken createTailToken() {
		return null;
	}

	@Override
	public TrackingToken createHeadToken() {
		Document last = this.events.find().sort(descending("_id")).limit(1).first();
		return last == null ? null : GapAwareTrackingToken.newInstance(globalIndexOf(last), List.of());
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
