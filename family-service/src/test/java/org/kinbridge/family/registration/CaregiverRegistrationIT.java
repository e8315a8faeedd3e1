package org.kinbridge.family.registration;

import org.kinbridge.testkit.SharedInfrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The registration scenarios on the embedded Kafka broker and MongoDB wire server. */
class CaregiverRegistrationIT extends CaregiverRegistrationScenarios {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "family_registration_it");
		// Only the shared FamilyServiceItSupport context consumes matching's events: two
		// contexts in one consumer group would split its partitions between them.
		registry.add("kinbridge.kafka.subscribe", () -> "");
	}

	@Override
	protected String kafkaBootstrap() {
		return SharedInfrastructure.kafkaBootstrap();
	}

}
