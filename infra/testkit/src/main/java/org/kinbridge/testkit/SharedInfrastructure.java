package org.kinbridge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.kinbridge.embedded.kafka.EmbeddedKafkaBroker;
import org.kinbridge.embedded.mongo.DurableMongoServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real Kafka broker (KRaft) and one MongoDB wire server for the whole test JVM:
 * starting a broker takes seconds, and each test class uses its own database names and
 * consumer groups.
 */
public final class SharedInfrastructure {

	private static EmbeddedKafkaBroker kafka;

	private static DurableMongoServer mongo;

	private static String mongoUri;

	private SharedInfrastructure() {
	}

	public static synchronized String kafkaBootstrap() {
		if (kafka == null) {
			try {
				Path dir = Files.createTempDirectory("kinbridge-test-kafka");
				kafka = EmbeddedKafkaBroker.builder(dir).port(0).controllerPort(0).start();
				kafka.awaitReady(Duration.ofSeconds(60));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "test-kafka-stop"));
		}
		return kafka.bootstrapServers();
	}

	public static synchronized String mongoUri() {
		if (mongo == null) {
			mongo = DurableMongoServer.inMemory();
			mongoUri = mongo.start("127.0.0.1", 0);
			Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "test-mongo-stop"));
		}
		return mongoUri;
	}

	/**
	 * Points a service under test at the shared broker and server, in a database of its
	 * own, and makes it trust {@link TestTokens}.
	 */
	public static void register(DynamicPropertyRegistry registry, String database) {
		registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrap);
		registry.add("spring.data.mongodb.uri", SharedInfrastructure::mongoUri);
		registry.add("spring.data.mongodb.database", () -> database);
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

}
