package org.kinbridge.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.kinbridge.cases.assessment.api.InitialAssessmentRecorded;
import org.kinbridge.cases.assessment.api.RiskLevel;
import org.kinbridge.cases.casefile.CaseFileProjection;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.intake.api.Concern;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportChannel;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.intake.api.Sex;
import org.kinbridge.platform.eventstore.SequencedMongoEventStorageEngine;
import org.kinbridge.platform.replay.Replay;
import org.kinbridge.platform.replay.ReplayProperties;
import org.kinbridge.platform.replay.Replays;
import org.kinbridge.testkit.BenchmarkMongo;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * How fast a read model is rebuilt from the event history, beside how fast the same
 * history is merely read from the store, in one run on one store. It writes
 * {@code events} events (half reports, half initial assessments, one commit each, as
 * commands write them) into the real event store
 * ({@link SequencedMongoEventStorageEngine} on mongo-java-server), reads them all back
 * through the store's own stream (what a processor reads) and with one cursor over the
 * collection, builds the case list with the real {@link CaseFileProjection} in a pooled
 * streaming processor with a Mongo token store, and then replays it with the platform's
 * {@link Replays}. Not a test: it measures, it asserts nothing. See
 * {@code BENCHMARKS.md}.
 * <p>
 * Arguments (all optional):
 * {@code events=100000 backend=memory batch=100 processorBatch=100}: {@code batch} is the
 * store's read batch ({@code kinbridge.event-store.batch-size}), {@code processorBatch}
 * the processor's ({@code kinbridge.replay.batch-size}).
 */
public final class ReplayBenchmark {

	private static final String DATABASE = "replay_benchmark";

	private ReplayBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		quietLogging();
		int events = 100_000;
		String backend = "memory";
		int batch = 100;
		int processorBatch = 100;
		for (String arg : args) {
			String[] pair = arg.split("=", 2);
			switch (pair[0]) {
				case "events" -> events = Integer.parseInt(pair[1]);
				case "backend" -> backend = pair[1];
				case "batch" -> batch = Integer.parseInt(pair[1]);
				case "processorBatch" -> processorBatch = Integer.parseInt(pair[1]);
				default -> throw new IllegalArgumentException(
						"Unknown argument " + arg + "; use events=100000 backend=memory batch=100 processorBatch=100");
			}
		}
		try (BenchmarkMongo server = BenchmarkMongo.start(backend);
				MongoClient client = MongoClients.create(server.uri())) {
			run(client, events, backend, batch, processorBatch);
		}
		System.exit(0);
	}

	private static void run(MongoClient client, int events, String backend, int batch, int processorBatch)
			throws Exception {
		MongoDatabase database = client.getDatabase(DATABASE);
		Serializer serializer = JacksonSerializer.builder()
			.objectMapper(
					new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
			.build();
		SequencedMongoEventStorageEngine engine = SequencedMongoEventStorageEngine.builder()
			.database(database)
			.eventSerializer(serializer)
			.snapshotSerializer(serializer)
			.clock(Clock.systemUTC())
			.batchSize(batch)
			.build();
		EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();

		long started = System.nanoTime();
		write(engine, events);
		report("write", events, System.nanoTime() - started);

		started = System.nanoTime();
		long streamed = engine.readEvents(null, false)
			.mapToInt((event) -> event.getIdentifier().length() > 0 ? 1 : 0)
			.sum();
		long rawNanos = System.nanoTime() - started;
		report("raw read: the store's stream", streamed, rawNanos);

		started = System.nanoTime();
		long scanned = 0;
		for (Document commit : database.getCollection("domain_events").find().batchSize(1_000)) {
			scanned += commit.getList("events", Document.class).size();
		}
		report("raw read: one cursor", scanned, System.nanoTime() - started);

		TokenStore tokens = MongoTokenStore.builder()
			.mongoTemplate(DefaultMongoTemplate.builder()
				.mongoDatabase(database)
				.trackingTokensCollectionName("tracking_tokens")
				.build())
			.serializer(serializer)
			.build();
		MongoTemplate readModels = new MongoTemplate(client, DATABASE);
		ReplayProperties properties = new ReplayProperties(null, List.of("case-files"), Duration.ofMillis(50), null,
				processorBatch);
		Configuration axon = DefaultConfigurer.defaultConfiguration()
			.configureSerializer((configuration) -> serializer)
			.configureEventStore((configuration) -> store)
			.eventProcessing((processing) -> processing.usingPooledStreamingEventProcessors()
				.registerTokenStore((configuration) -> tokens)
				.registerEventHandler((configuration) -> new CaseFileProjection(readModels))
				// As ReplayAutoConfiguration sets up every replayable processor.
				.registerPooledStreamingEventProcessorConfiguration("case-files",
						(configuration, builder) -> builder.batchSize(properties.batchSize()).initialSegmentCount(1)))
			.start();
		try {
			Replays replays = new Replays(axon.eventProcessingConfiguration(), store, tokens, properties,
					Clock.systemUTC());
			started = System.nanoTime();
			String replayId = replays.start("case-files", "benchmark").id();
			Replay replay = Awaitility.await("the replay")
				.atMost(Duration.ofHours(1))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> replays.find(replayId).orElseThrow(), (found) -> found.state().isOver());
			long replayNanos = System.nanoTime() - started;
			report("replay (wall clock, with stop and reset)", replay.eventsDone(), replayNanos);
			System.out.printf("replay as the endpoint reports it: %s, %,d of %,d events, %,.0f events/s%n",
					replay.state(), replay.eventsDone(), replay.eventsTotal(), replay.eventsPerSecond());
			System.out.printf("cases in the read model after the replay: %,d%n",
					readModels.getCollection("cases").countDocuments());
			double rawRate = streamed / (rawNanos / 1e9);
			System.out.printf(
					"%nbackend=%s events=%,d batch=%d processorBatch=%d: replay %,.0f events/s, raw read %,.0f events/s,"
							+ " ratio %.2f (aim: at least 0.25)%n",
					backend, events, batch, processorBatch, replay.eventsPerSecond(), rawRate,
					replay.eventsPerSecond() / rawRate);
			replays.destroy();
		}
		finally {
			axon.shutdown();
		}
	}

	/** Half reports, half initial assessments of the same cases, one commit per event. */
	private static void write(SequencedMongoEventStorageEngine engine, int events) {
		int cases = events / 2;
		Instant at = Instant.parse("2026-11-01T01:00:00Z");
		List<DomainEventMessage<?>> chunk = new ArrayList<>();
		for (int step = 0; step < 2; step++) {
			for (int i = 0; i < cases; i++) {
				String caseId = "case-" + i;
				Object payload = (step == 0) ? report(caseId, i, at) : assessment(caseId, at);
				chunk.add(new GenericDomainEventMessage<>("CaseFile", caseId, step, payload, MetaData.emptyInstance(),
						UUID.randomUUID().toString(), at.plusSeconds(i)));
				if (chunk.size() == 1_000) {
					engine.appendEvents(chunk);
					chunk.clear();
				}
			}
		}
		if (!chunk.isEmpty()) {
			engine.appendEvents(chunk);
		}
	}

	private static ReportReceived report(String caseId, int i, Instant at) {
		String commune = String.format("%05d", 30000 + (i % 100));
		ReceiveReport.ReportedChild child = new ReceiveReport.ReportedChild("child-" + i, "Trẻ Số " + i, Sex.FEMALE,
				LocalDate.parse("2016-03-02"), null, null, null, null, null, null, null, null,
				List.of(Concern.NEGLECT_OR_ABANDONMENT), List.of());
		return new ReportReceived(caseId, String.format("91-2026-%06d", i), "91", commune, ReportChannel.HOTLINE_111,
				at, new ReceiveReport.Reporter(true, null, null, null, null), "Hai em ở nhà một mình.", List.of(child),
				null, at, "officer.benchmark", "COMMUNE_OFFICER");
	}

	private static InitialAssessmentRecorded assessment(String caseId, Instant at) {
		return new InitialAssessmentRecorded(caseId, RiskLevel.MEDIUM, false, "Các em thiếu ăn.",
				new Acting("officer.benchmark", "COMMUNE_OFFICER", "91", "30406", at));
	}

	private static void report(String step, long events, long nanos) {
		double seconds = nanos / 1e9;
		System.out.printf("%-45s %,9d events %8.2f s %,10.0f events/s%n", step, events, seconds, events / seconds);
	}

	private static void quietLogging() {
		if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
			root.setLevel(Level.WARN);
		}
	}

}
