package org.kinbridge.platform.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kinbridge.platform.deadline.Timer.Rang;
import org.kinbridge.platform.deadline.Timer.Start;
import org.kinbridge.platform.deadline.Timer.TimerId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service as Spring Boot builds it: the platform's auto-configuration replaces Axon's
 * in-memory deadline manager with the Mongo one, Axon uses it, and a deadline scheduled
 * by an aggregate fires without anything else to set up.
 */
@SpringBootTest(classes = DeadlineAutoConfigurationIT.ServiceApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.data.mongodb.database=deadline-service", "kinbridge.deadlines.poll-interval=100ms",
				"spring.kafka.bootstrap-servers=127.0.0.1:1", "management.health.mongo.enabled=false" })
class DeadlineAutoConfigurationIT {

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	@Autowired
	private DeadlineManager deadlineManager;

	@Autowired
	private Configuration axonConfiguration;

	@Autowired
	private CommandGateway commandGateway;

	@Autowired
	private EventStore eventStore;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		InetSocketAddress address = server.bind();
		registry.add("spring.data.mongodb.uri", () -> "mongodb://" + address.getHostString() + ":" + address.getPort());
	}

	@AfterAll
	static void stopServer() {
		server.shutdownNow();
	}

	@Test
	void axonUsesTheMongoDeadlineManagerOfThePlatform() {
		assertThat(this.deadlineManager).isInstanceOf(MongoDeadlineManager.class);
		assertThat(this.axonConfiguration.deadlineManager()).isSameAs(this.deadlineManager);
	}

	@Test
	void aDeadlineScheduledByAnAggregateFiresOnIt() {
		this.commandGateway.sendAndWait(new Start(new TimerId("spring-1"), "ring", Duration.ofMillis(200), "wired"));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.eventStore.readEvents("spring-1")
				.asStream()
				.<Object>map(DomainEventMessage::getPayload)
				.toList()).contains(new Rang(new TimerId("spring-1"), "wired")));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration(excludeName = "org.kinbridge.platform.kafka.KafkaIntegrationAutoConfiguration")
	@Import(Timer.class)
	static class ServiceApplication {

	}

}
