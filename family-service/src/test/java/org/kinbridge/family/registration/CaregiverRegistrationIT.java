package org.kinbridge.family.registration;

import org.kinbridge.testkit.SharedInfrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The registration scenarios on the embedded Kafka broker and MongoDB wire server. */
class CaregiverRegistrationIT extends CaregiverRegistrationScenarios {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "family_registration_it");
	}

	@Override
	protected String kafkaBootstrap() {
		return SharedInfrastructure.kafkaBootstrap();
	}

}
