package org.kinbridge.cases.lists;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lists combine events of cases and of survey rounds, so they take all events in the
 * order they were stored rather than per aggregate.
 */
@Configuration(proxyBeanMethods = false)
public class CommuneListProcessing {

	@Bean
	public ConfigurerModule communeListsInStoredOrder() {
		return (configurer) -> configurer.eventProcessing()
			.registerSequencingPolicy(CommuneListProjection.PROCESSING_GROUP,
					(configuration) -> new SequentialPolicy());
	}

}
