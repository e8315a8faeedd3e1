package org.kinbridge.platform.deadline;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.AbstractDeadlineManager;
import org.axonframework.deadline.DeadlineException;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.DefaultDeadlineManagerSpanFactory;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.lifecycle.Lifecycle;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.ScopeAware;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.tracing.NoOpSpanFactory;
import org.axonframework.tracing.Span;
import org.axonframework.tracing.SpanScope;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Axon {@code DeadlineManager} that keeps deadlines in a MongoDB collection, so that a
 * restart does not forget them, and that fires each one on exactly one replica. See
 * docs/adr/0006-persistent-deadlines.md.
 * <p>
 * Every replica polls for due deadlines and claims one at a time with an atomic
 * {@code findOneAndUpdate} (SCHEDULED to RUNNING, with a lease), so two replicas never
 * fire the same deadline; no transactions or change streams are needed. A deadline whose
 * handler fails goes back to SCHEDULED with a growing delay. A replica that dies while
 * firing leaves a RUNNING deadline whose lease runs out; another replica then fires it
 * again, so a handler can, rarely, see a deadline twice.
 */
public class MongoDeadlineManager extends AbstractDeadlineManager implements Lifecycle {

	/** Where a deadline is in its life. */
	public enum Status {

		SCHEDULED, RUNNING, DONE

	}

	static final String ID = "_id";

	static final String NAME = "deadlineName";

	static final String SCOPE = "scope";

	static final String PAYLOAD = "payload";

	static final String META_DATA = "metaData";

	static final String MESSAGE_ID = "messageId";

	static final String TRIGGER_AT = "triggerAt";

	static final String STATUS = "status";

	static final String ATTEMPTS = "attempts";

	static final String CLAIMED_BY = "claimedBy";

	static final String CLAIMED_UNTIL = "claimedUntil";

	static final String LAST_ERROR = "lastError";

	static final String CREATED_AT = "createdAt";

	static final String COMPLETED_AT = "completedAt";

	private static final Logger logger = LoggerFactory.getLogger(MongoDeadlineManager.class);

	private static final Duration CLEANUP_INTERVAL = Duration.ofHours(1);

	private final MongoCollection<Document> deadlines;

	private final ScopeAwareProvider scopeAwareProvider;

	private final Serializer serializer;

	private final TransactionManager transactionManager;

	private final DeadlineManagerSpanFactory spanFactory;

	private final Clock clock;

	private final String owner;

	private final DeadlineProperties properties;

	private ScheduledExecutorService poller;

	private boolean indexesEnsured;

	private Instant nextCleanup = Instant.MIN;

	protected MongoDeadlineManager(Builder builder) {
		this.deadlines = Objects.requireNonNull(builder.database, "database is required")
			.getCollection(builder.properties.collection());
		this.scopeAwareProvider = Objects.requireNonNull(builder.scopeAwareProvider, "scopeAwareProvider is required");
		this.serializer = Objects.requireNonNull(builder.serializer, "serializer is required");
		this.transactionManager = builder.transactionManager;
		this.spanFactory = builder.spanFactory;
		this.clock = builder.clock;
		this.owner = builder.owner;
		this.properties = builder.properties;
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
			ScopeDescriptor deadlineScope) {
		DeadlineMessage<Object> deadlineMessage = GenericDeadlineMessage.asDeadlineMessage(deadlineName,
				messageOrPayload, triggerDateTime);
		String scheduleId = IdentifierFactory.getInstance().generateIdentifier();
		Span span = this.spanFactory.createScheduleSpan(deadlineName, scheduleId, deadlineMessage);
		runOnPrepareCommitOrNow(span.wrapRunnable(() -> insert(scheduleId,
				this.spanFactory.propagateContext(processDispatchInterceptors(deadlineMessage)), deadlineScope,
				triggerDateTime)));
		return scheduleId;
	}

	@Override
	public void cancelSchedule(String deadlineName, String scheduleId) {
		Span span = this.spanFactory.createCancelScheduleSpan(deadlineName, scheduleId);
		runOnPrepareCommitOrNow(span.wrapRunnable(() -> this.deadlines
			.deleteOne(Filters.and(Filters.eq(ID, scheduleId), Filters.eq(NAME, deadlineName), scheduled()))));
	}

	@Override
	public void cancelAll(String deadlineName) {
		Span span = this.spanFactory.createCancelAllSpan(deadlineName);
		runOnPrepareCommitOrNow(span
			.wrapRunnable(() -> this.deadlines.deleteMany(Filters.and(Filters.eq(NAME, deadlineName), scheduled()))));
	}

	@Override
	public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
		Span span = this.spanFactory.createCancelAllWithinScopeSpan(deadlineName, scope);
		runOnPrepareCommitOrNow(span.wrapRunnable(() -> {
			Document serializedScope = serialize(canonical(scope));
			this.deadlines.deleteMany(Filters.and(Filters.eq(NAME, deadlineName),
					Filters.eq(SCOPE + ".type", serializedScope.getString("type")),
					Filters.eq(SCOPE + ".data", serializedScope.getString("data")), scheduled()));
		}));
	}

	@Override
	public void registerLifecycleHandlers(LifecycleRegistry lifecycle) {
		// Deadlines go to aggregates and sagas: poll once they are running, stop first.
		lifecycle.onStart(Phase.INBOUND_EVENT_CONNECTORS, this::start);
		lifecycle.onShutdown(Phase.INBOUND_EVENT_CONNECTORS, this::shutdown);
	}

	/** Starts polling; does nothing if it is already polling. */
	public synchronized void start() {
		if (this.poller != null) {
			return;
		}
		this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "kinbridge-deadlines");
			thread.setDaemon(true);
			return thread;
		});
		this.poller.scheduleWithFixedDelay(this::pollSafely, 0, this.properties.pollInterval().toMillis(),
				TimeUnit.MILLISECONDS);
		logger.info("Deadline manager {} polls collection '{}' every {}", this.owner,
				this.deadlines.getNamespace().getCollectionName(), this.properties.pollInterval());
	}

	/** Stops polling, letting a deadline being fired finish; safe to call twice. */
	@Override
	public synchronized void shutdown() {
		if (this.poller == null) {
			return;
		}
		this.poller.shutdown();
		try {
			if (!this.poller.awaitTermination(10, TimeUnit.SECONDS)) {
				this.poller.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.poller.shutdownNow();
			Thread.currentThread().interrupt();
		}
		this.poller = null;
	}

	private void insert(String scheduleId, DeadlineMessage<?> message, ScopeDescriptor scope, Instant triggerAt) {
		Document document = new Document(ID, scheduleId).append(NAME, message.getDeadlineName())
			.append(SCOPE, serialize(canonical(scope)))
			.append(PAYLOAD, (message.getPayload() != null) ? serialize(message.getPayload()) : null)
			.append(META_DATA, serialize(message.getMetaData()))
			.append(MESSAGE_ID, message.getIdentifier())
			.append(TRIGGER_AT, Date.from(triggerAt))
			.append(STATUS, Status.SCHEDULED.name())
			.append(ATTEMPTS, 0)
			.append(CREATED_AT, Date.from(this.clock.instant()));
		this.deadlines.insertOne(document);
	}

	private void pollSafely() {
		try {
			ensureIndexes();
			for (int fired = 0; fired < this.properties.batchSize()
					&& !Thread.currentThread().isInterrupted(); fired++) {
				Document claimed = claimNextDue();
				if (claimed == null) {
					break;
				}
				fire(claimed);
			}
			cleanUpOldDeadlines();
		}
		catch (RuntimeException ex) {
			// The database may be away for a moment; the next poll tries again.
			logger.warn("Polling for due deadlines failed: {}", ex.toString());
		}
	}

	/**
	 * Takes the earliest due deadline, or one whose claim ran out, in one atomic update,
	 * so that no other replica can take it too.
	 */
	private Document claimNextDue() {
		Instant now = this.clock.instant();
		Bson due = Filters.or(
				Filters.and(Filters.eq(STATUS, Status.SCHEDULED.name()), Filters.lte(TRIGGER_AT, Date.from(now))),
				Filters.and(Filters.eq(STATUS, Status.RUNNING.name()), Filters.lte(CLAIMED_UNTIL, Date.from(now))));
		Bson claim = Updates.combine(Updates.set(STATUS, Status.RUNNING.name()), Updates.set(CLAIMED_BY, this.owner),
				Updates.set(CLAIMED_UNTIL, Date.from(now.plus(this.properties.lease()))), Updates.inc(ATTEMPTS, 1));
		return this.deadlines.findOneAndUpdate(due, claim,
				new FindOneAndUpdateOptions().sort(Sorts.ascending(TRIGGER_AT)).returnDocument(ReturnDocument.AFTER));
	}

	private void fire(Document claimed) {
		String scheduleId = claimed.getString(ID);
		try {
			DeadlineMessage<?> message = deadlineMessage(claimed);
			ScopeDescriptor scope = deserialize(claimed.get(SCOPE, Document.class));
			execute(scheduleId, message, scope);
			markDone(scheduleId);
		}
		catch (Exception | LinkageError ex) {
			retryLater(claimed, ex);
		}
	}

	/**
	 * Runs the deadline in a unit of work through the handler interceptors, as Axon does.
	 */
	private void execute(String scheduleId, DeadlineMessage<?> message, ScopeDescriptor scope) throws Exception {
		Span span = this.spanFactory.createExecuteSpan(message.getDeadlineName(), scheduleId, message).start();
		try (SpanScope unused = span.makeCurrent()) {
			UnitOfWork<DeadlineMessage<?>> unitOfWork = new DefaultUnitOfWork<>(message);
			unitOfWork.attachTransaction(this.transactionManager);
			unitOfWork.onRollback(uow -> span.recordException(uow.getExecutionResult().getExceptionResult()));
			InterceptorChain chain = new DefaultInterceptorChain<DeadlineMessage<?>>(unitOfWork, handlerInterceptors(),
					deadline -> {
						send(deadline, scope);
						return null;
					});
			ResultMessage<?> result = unitOfWork.executeWithResult(chain::proceed);
			if (result.isExceptional()) {
				Throwable failure = result.exceptionResult();
				throw (failure instanceof Exception exception) ? exception
						: new DeadlineException("Deadline handler failed", failure);
			}
		}
		finally {
			span.end();
		}
	}

	private void send(DeadlineMessage<?> deadline, ScopeDescriptor scope) throws Exception {
		Iterator<ScopeAware> targets = this.scopeAwareProvider.provideScopeAwareStream(scope)
			.filter(target -> target.canResolve(scope))
			.iterator();
		while (targets.hasNext()) {
			targets.next().send(deadline, scope);
		}
	}

	private void markDone(String scheduleId) {
		this.deadlines.updateOne(Filters.and(Filters.eq(ID, scheduleId), Filters.eq(CLAIMED_BY, this.owner)),
				Updates.combine(Updates.set(STATUS, Status.DONE.name()),
						Updates.set(COMPLETED_AT, Date.from(this.clock.instant())), Updates.unset(CLAIMED_UNTIL)));
	}

	private void retryLater(Document claimed, Throwable failure) {
		int attempts = claimed.getInteger(ATTEMPTS, 1);
		Duration delay = retryDelay(attempts);
		Instant retryAt = this.clock.instant().plus(delay);
		String error = describe(failure);
		logger.warn("Deadline {} '{}' failed on attempt {}; retrying at {}: {}", claimed.getString(ID),
				claimed.getString(NAME), attempts, retryAt, error);
		this.deadlines.updateOne(
				Filters.and(Filters.eq(ID, claimed.getString(ID)), Filters.eq(CLAIMED_BY, this.owner),
						Filters.eq(STATUS, Status.RUNNING.name())),
				Updates.combine(Updates.set(STATUS, Status.SCHEDULED.name()),
						Updates.set(TRIGGER_AT, Date.from(retryAt)), Updates.set(LAST_ERROR, error),
						Updates.unset(CLAIMED_BY), Updates.unset(CLAIMED_UNTIL)));
	}

	/** Axon wraps a handler's exception; the operator needs the one at the bottom too. */
	private static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root == failure) ? failure.toString() : failure + "; caused by " + root;
	}

	Duration retryDelay(int attempts) {
		Duration delay = this.properties.retryDelay();
		for (int i = 1; i < attempts && delay.compareTo(this.properties.maxRetryDelay()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.properties.maxRetryDelay()) > 0) ? this.properties.maxRetryDelay() : delay;
	}

	private void ensureIndexes() {
		if (this.indexesEnsured) {
			return;
		}
		// Speed only: mongo-java-server ignores compound indexes, MongoDB uses them.
		this.deadlines.createIndex(Indexes.ascending(STATUS, TRIGGER_AT));
		this.deadlines.createIndex(Indexes.ascending(NAME, SCOPE + ".type", SCOPE + ".data"));
		this.indexesEnsured = true;
	}

	private void cleanUpOldDeadlines() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.nextCleanup)) {
			return;
		}
		this.nextCleanup = now.plus(CLEANUP_INTERVAL);
		this.deadlines.deleteMany(Filters.and(Filters.eq(STATUS, Status.DONE.name()),
				Filters.lt(COMPLETED_AT, Date.from(now.minus(this.properties.retention())))));
	}

	private DeadlineMessage<?> deadlineMessage(Document claimed) {
		Document payload = claimed.get(PAYLOAD, Document.class);
		MetaData metaData = deserialize(claimed.get(META_DATA, Document.class));
		GenericMessage<Object> message = new GenericMessage<>(claimed.getString(MESSAGE_ID),
				(payload != null) ? deserialize(payload) : null, metaData);
		// Like Axon's SimpleDeadlineManager: the message is timestamped when it fires.
		return new GenericDeadlineMessage<>(claimed.getString(NAME), message, this.clock::instant);
	}

	private Document serialize(Object object) {
		SerializedObject<String> serialized = this.serializer.serialize(object, String.class);
		return new Document("type", serialized.getType().getName())
			.append("revision", serialized.getType().getRevision())
			.append("data", serialized.getData());
	}

	private <T> T deserialize(Document serialized) {
		return this.serializer.deserialize(new SimpleSerializedObject<>(serialized.getString("data"), String.class,
				serialized.getString("type"), serialized.getString("revision")));
	}

	/**
	 * An aggregate's scope carries the aggregate's identifier object, which may be a
	 * typed id that does not survive a JSON round trip; the repository loads by the
	 * identifier's string form, so that is what is stored. It also makes equal scopes
	 * serialize equally, which {@link #cancelAllWithinScope} relies on.
	 */
	private static ScopeDescriptor canonical(ScopeDescriptor scope) {
		if (scope instanceof AggregateScopeDescriptor aggregate) {
			return new AggregateScopeDescriptor(aggregate.getType(), aggregate.getIdentifier().toString());
		}
		return scope;
	}

	private static Bson scheduled() {
		return Filters.eq(STATUS, Status.SCHEDULED.name());
	}

	/**
	 * Builds a {@link MongoDeadlineManager}; database, scope provider and serializer are
	 * required.
	 */
	public static final class Builder {

		private MongoDatabase database;

		private ScopeAwareProvider scopeAwareProvider;

		private Serializer serializer;

		private TransactionManager transactionManager = NoTransactionManager.INSTANCE;

		private DeadlineManagerSpanFactory spanFactory = DefaultDeadlineManagerSpanFactory.builder()
			.spanFactory(NoOpSpanFactory.INSTANCE)
			.build();

		private Clock clock = Clock.systemUTC();

		private String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
				+ IdentifierFactory.getInstance().generateIdentifier().substring(0, 8);

		private DeadlineProperties properties = DeadlineProperties.defaults();

		private Builder() {
		}

		/** The service's own database; the collection is named by the properties. */
		public Builder database(MongoDatabase database) {
			this.database = database;
			return this;
		}

		/** Finds the aggregates and sagas a deadline is sent to. */
		public Builder scopeAwareProvider(ScopeAwareProvider scopeAwareProvider) {
			this.scopeAwareProvider = scopeAwareProvider;
			return this;
		}

		/** Serializes scopes, payloads and metadata into the collection. */
		public Builder serializer(Serializer serializer) {
			this.serializer = serializer;
			return this;
		}

		public Builder transactionManager(TransactionManager transactionManager) {
			this.transactionManager = Objects.requireNonNull(transactionManager);
			return this;
		}

		public Builder spanFactory(DeadlineManagerSpanFactory spanFactory) {
			this.spanFactory = Objects.requireNonNull(spanFactory);
			return this;
		}

		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock);
			return this;
		}

		/** Names this replica in its claims; unique per process by default. */
		public Builder owner(String owner) {
			this.owner = Objects.requireNonNull(owner);
			return this;
		}

		public Builder properties(DeadlineProperties properties) {
			this.properties = Objects.requireNonNull(properties);
			return this;
		}

		public MongoDeadlineManager build() {
			return new MongoDeadlineManager(this);
		}

	}

}
