package org.kinbridge.family;

import org.kinbridge.testkit.SharedInfrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A caregiver's life on the embedded Kafka broker and MongoDB wire server. */
class CaregiverLifecycleIT extends CaregiverLifecycleScenarios {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "family_lifecycle_it");
	}

	@Override
	protected String kafkaBootstrap() {
		return SharedInfrastructure.kafkaBootstrap();
	}

}
