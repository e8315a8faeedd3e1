package org.kinbridge.platform.replay;

import java.time.Clock;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.kinbridge.platform.axon.AxonMongoAutoConfiguration;
import org.kinbridge.platform.tenancy.TenancyAutoConfiguration;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The replay endpoints, for a service that names where they live
 * ({@code kinbridge.replay.path}) and which of its processors may be replayed.
 */
@AutoConfiguration(
		after = { AxonMongoAutoConfiguration.class, AxonAutoConfiguration.class, TenancyAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty("kinbridge.replay.path")
@ConditionalOnBean(EventStore.class)
@EnableConfigurationProperties(ReplayProperties.class)
public class ReplayAutoConfiguration {

	/**
	 * Every replayable processor gets a {@link ReplayPositionHandler}, so that its
	 * segments' positions follow the whole store, and handles events in batches. It has
	 * one segment, so it handles events in the store's order: projections such as the
	 * duplicate flags write to another aggregate's document, and with several segments a
	 * replay could handle a flag before the case it lands on exists, where live handling
	 * (the case long stored before) never does.
	 */
	@Bean
	public ConfigurerModule replayableProcessors(ReplayProperties properties) {
		return (configurer) -> properties.processors()
			.forEach((processor) -> configurer.eventProcessing()
				.registerEventHandler((configuration) -> new ReplayPositionHandler(processor))
				.assignHandlerInstancesMatching(processor,
						(handler) -> handler instanceof ReplayPositionHandler position && position.belongsTo(processor))
				.registerPooledStreamingEventProcessorConfiguration(processor,
						(configuration, builder) -> builder.batchSize(properties.batchSize()).initialSegmentCount(1)));
	}

	@Bean
	public Replays replays(EventProcessingConfiguration processing, EventStore eventStore, TokenStore tokenStore,
			ReplayProperties properties, Clock clock) {
		return new Replays(processing, eventStore, tokenStore, properties, clock);
	}

	@Bean
	public ReplayController replayController(Replays replays, TenantGuard tenant) {
		return new ReplayController(replays, tenant);
	}

}
