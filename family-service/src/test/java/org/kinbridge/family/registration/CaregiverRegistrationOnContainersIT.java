package org.kinbridge.family.registration;

import org.kinbridge.testkit.TestTokens;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same registration scenarios on the real images the platform is deployed on (MongoDB
 * 7 as a replica set with majority writes, Apache Kafka 3.9), where Docker exists;
 * skipped cleanly elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
class CaregiverRegistrationOnContainersIT extends CaregiverRegistrationScenarios {

	@Container
	private static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");

	@Container
	private static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
		registry.add("spring.data.mongodb.uri",
				() -> MONGO.getConnectionString() + "/?w=majority&readConcernLevel=majority");
		registry.add("spring.data.mongodb.database", () -> "family_registration_containers_it");
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
		// Only the shared FamilyServiceItSupport context consumes matching's events: two
		// contexts in one consumer group would split its partitions between them.
		registry.add("kinbridge.kafka.subscribe", () -> "");
	}

	@Override
	protected String kafkaBootstrap() {
		return KAFKA.getBootstrapServers();
	}

}
