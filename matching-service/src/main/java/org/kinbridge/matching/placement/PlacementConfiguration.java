package org.kinbridge.matching.placement;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the placement process's event processors treat a failure. */
@Configuration(proxyBeanMethods = false)
class PlacementConfiguration {

	/**
	 * A saga command that fails (the database away for a moment) must be retried rather
	 * than logged and passed over, as Axon's default would: a place never released stays
	 * held for good. The saga's commands are idempotent, so retrying is safe.
	 */
	@Bean
	ConfigurerModule placementSagaRetriesFailures() {
		return configurer -> configurer.eventProcessing()
			.registerListenerInvocationErrorHandler(PlacementSaga.PROCESSING_GROUP,
					c -> PropagatingErrorHandler.instance());
	}

}
