package org.kinbridge.cases.survey;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The survey read models combine events of several aggregates (a finding, then its case),
 * so they take all events in the order they were stored rather than per aggregate. Their
 * volume is a commune's surveys, which one thread keeps up with.
 */
@Configuration(proxyBeanMethods = false)
public class SurveyProcessing {

	@Bean
	public ConfigurerModule surveyProcessingInStoredOrder() {
		return (configurer) -> configurer.eventProcessing()
			.registerSequencingPolicy(SurveyRoundProjection.PROCESSING_GROUP, (configuration) -> new SequentialPolicy())
			.registerSequencingPolicy(RosterProjection.PROCESSING_GROUP, (configuration) -> new SequentialPolicy());
	}

}
