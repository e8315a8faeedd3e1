package org.kinbridge.platform.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.platform.deadline.Timer.CancelById;
import org.kinbridge.platform.deadline.Timer.CancelWithinScope;
import org.kinbridge.platform.deadline.Timer.Rang;
import org.kinbridge.platform.deadline.Timer.Start;
import org.kinbridge.platform.deadline.Timer.TimerId;
import org.kinbridge.platform.eventstore.SequencedMongoEventStorageEngine;

/**
 * The deadline manager on mongo-java-server, inside a real Axon configuration with an
 * event-sourced aggregate: deadlines fire, survive a restart, fire once when two replicas
 * poll the same database, retry after a failure, and can be cancelled.
 */
class MongoDeadlineManagerIT {

	private static final DeadlineProperties FAST = new DeadlineProperties(null, Duration.ofMillis(100), null,
			Duration.ofSeconds(30), Duration.ofMillis(200), Duration.ofSeconds(1), null);

	private static MongoServer server;

	private static MongoClient client;

	private final Serializer serializer = JacksonSerializer.defaultSerializer();

	private final List<Configuration> running = new ArrayList<>();

	private MongoDatabase database;

	private SequencedMongoEventStorageEngine eventStore;

	@BeforeAll
	static void startServer() {
		server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = server.bind();
		client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
	}

	@AfterAll
	static void stopServer() {
		client.close();
		server.shutdownNow();
	}

	@BeforeEach
	void freshDatabase() {
		this.database = client.getDatabase("deadlines_" + UUID.randomUUID().toString().substring(0, 8));
		this.eventStore = SequencedMongoEventStorageEngine.builder()
			.database(this.database)
			.eventSerializer(this.serializer)
			.snapshotSerializer(this.serializer)
			.build();
	}

	@AfterEach
	void stopReplicas() {
		this.running.forEach(Configuration::shutdown);
		Timer.FAILURES_TO_SIMULATE.clear();
		this.database.drop();
	}

	@Test
	void firesADueDeadlineOnTheAggregateThatScheduledIt() {
		Configuration replica = startReplica("replica-a");

		replica.commandGateway().sendAndWait(new Start(new TimerId("t-1"), "ring", Duration.ofMillis(300), "tea"));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(rangLabels("t-1")).containsExactly("tea"));
		Document deadline = deadlines().find().first();
		assertThat(deadline.getString(MongoDeadlineManager.STATUS)).isEqualTo("DONE");
		assertThat(deadline.getString(MongoDeadlineManager.CLAIMED_BY)).isEqualTo("replica-a");
	}

	@Test
	void aDeadlineScheduledBeforeARestartFiresAfterIt() {
		Configuration beforeRestart = startReplica("before-restart");
		beforeRestart.commandGateway()
			.sendAndWait(new Start(new TimerId("t-1"), "emergency-12h", Duration.ofSeconds(2), "emergency"));
		beforeRestart.shutdown();
		assertThat(rangLabels("t-1")).as("nothing fired before the restart").isEmpty();

		startReplica("after-restart");

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(rangLabels("t-1")).containsExactly("emergency"));
		assertThat(deadlines().find().first().getString(MongoDeadlineManager.CLAIMED_BY)).isEqualTo("after-restart");
	}

	@Test
	void twoReplicasOnOneDatabaseFireEachDeadlineExactlyOnce() {
		Configuration a = startReplica("replica-a");
		Configuration b = startReplica("replica-b");
		int timers = 30;

		IntStream.range(0, timers)
			.forEach(i -> ((i % 2 == 0) ? a : b).commandGateway()
				.sendAndWait(new Start(new TimerId("t-" + i), "ring", Duration.ofMillis(500), "once")));

		await().atMost(Duration.ofSeconds(60))
			.until(() -> deadlines().countDocuments(Filters.eq(MongoDeadlineManager.STATUS, "DONE")) == timers);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> IntStream.range(0, timers)
				.forEach(i -> assertThat(rangLabels("t-" + i)).as("t-%d", i).containsExactly("once")));
	}

	@Test
	void retriesADeadlineWhoseHandlerFailedUntilItSucceeds() {
		Timer.FAILURES_TO_SIMULATE.put("t-1", new AtomicInteger(2));
		startReplica("replica-a");

		startTimer("t-1", "ring", Duration.ofMillis(100));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rangLabels("t-1")).hasSize(1));
		Document deadline = deadlines().find().first();
		assertThat(deadline.getInteger(MongoDeadlineManager.ATTEMPTS)).isEqualTo(3);
		assertThat(deadline.getString(MongoDeadlineManager.LAST_ERROR)).contains("simulated failure");
	}

	@Test
	void cancelledDeadlinesNeverFire() {
		Configuration replica = startReplica("replica-a");
		startTimer("by-id", "ring", Duration.ofMillis(800));
		startTimer("by-scope", "ring", Duration.ofMillis(800));
		startTimer("by-name", "reminder", Duration.ofMillis(800));
		startTimer("kept", "ring", Duration.ofMillis(800));

		replica.commandGateway().sendAndWait(new CancelById(new TimerId("by-id")));
		replica.commandGateway().sendAndWait(new CancelWithinScope(new TimerId("by-scope")));
		replica.deadlineManager().cancelAll("reminder");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rangLabels("kept")).hasSize(1));
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
			assertThat(rangLabels("by-id")).isEmpty();
			assertThat(rangLabels("by-scope")).isEmpty();
			assertThat(rangLabels("by-name")).isEmpty();
		});
		assertThat(deadlines().countDocuments()).as("only the kept deadline is left").isEqualTo(1);
	}

	private void startTimer(String id, String deadlineName, Duration after) {
		this.running.get(0).commandGateway().sendAndWait(new Start(new TimerId(id), deadlineName, after, deadlineName));
	}

	/** One replica of a service: its own Axon configuration and deadline manager. */
	private Configuration startReplica(String owner) {
		Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
			.configureSerializer(c -> this.serializer)
			.configureEmbeddedEventStore(c -> this.eventStore)
			.configureAggregate(Timer.class)
			.configureDeadlineManager(c -> MongoDeadlineManager.builder()
				.database(this.database)
				.scopeAwareProvider(new ConfigurationScopeAwareProvider(c))
				.serializer(this.serializer)
				.owner(owner)
				.properties(FAST)
				.build());
		// Axon builds components on first use; the poller must run from the start.
		configurer.onInitialize(Configuration::deadlineManager);
		Configuration configuration = configurer.start();
		this.running.add(configuration);
		return configuration;
	}

	private List<String> rangLabels(String timer) {
		List<String> labels = new ArrayList<>();
		this.eventStore.readEvents(timer).asStream().map(DomainEventMessage::getPayload).forEach(payload -> {
			if (payload instanceof Rang rang) {
				labels.add(rang.label());
			}
		});
		return labels;
	}

	private MongoCollection<Document> deadlines() {
		return this.database.getCollection(FAST.collection());
	}

}
