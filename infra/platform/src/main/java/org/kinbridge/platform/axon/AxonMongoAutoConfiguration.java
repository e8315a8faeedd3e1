package org.kinbridge.platform.axon;

import java.time.Clock;
import java.time.Duration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.kinbridge.platform.eventstore.SequencedMongoEventStorageEngine;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Wires Axon's storage to the service's own MongoDB database. The Mongo extension's
 * starter is not published for this Axon version, so the beans are declared here; the
 * event store is ours (see docs/adr/0002-event-store.md).
 */
@AutoConfiguration(before = AxonAutoConfiguration.class, after = MongoAutoConfiguration.class)
@EnableConfigurationProperties(AxonMongoAutoConfiguration.EventStoreProperties.class)
public class AxonMongoAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	public Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	public MongoDatabase axonMongoDatabase(MongoClient client, MongoProperties properties) {
		return client.getDatabase(properties.getMongoClientDatabase());
	}

	@Bean
	public MongoTemplate axonMongoTemplate(MongoDatabase axonMongoDatabase) {
		return DefaultMongoTemplate.builder()
			.mongoDatabase(axonMongoDatabase)
			.trackingTokensCollectionName("tracking_tokens")
			.sagasCollectionName("sagas")
			.build();
	}

	@Bean
	@ConditionalOnMissingBean(EventStorageEngine.class)
	public SequencedMongoEventStorageEngine eventStorageEngine(MongoDatabase axonMongoDatabase,
			@Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer, Clock clock,
			EventStoreProperties properties) {
		return SequencedMongoEventStorageEngine.builder()
			.database(axonMongoDatabase)
			.eventSerializer(eventSerializer)
			.snapshotSerializer(serializer)
			.clock(clock)
			.gapTimeout(properties.gapTimeout())
			.batchSize(properties.batchSize())
			.build();
	}

	@Bean
	@ConditionalOnMissingBean(TokenStore.class)
	public TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
		return MongoTokenStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
	}

	@Bean
	@ConditionalOnMissingBean(SagaStore.class)
	public SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
		return MongoSagaStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
	}

	/**
	 * Pooled streaming processors claim segments through the token store, so that
	 * replicas of a service share the work and every segment has a thread.
	 */
	@Bean
	public ConfigurerModule pooledStreamingProcessors() {
		return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors();
	}

	/**
	 * @param gapTimeout how long a tracking processor waits for an allocated event number
	 * whose write has not landed
	 * @param batchSize events read per query
	 */
	@ConfigurationProperties("kinbridge.event-store")
	public record EventStoreProperties(Duration gapTimeout, Integer batchSize) {

		public EventStoreProperties {
			gapTimeout = gapTimeout == null ? Duration.ofMinutes(5) : gapTimeout;
			batchSize = batchSize == null ? 100 : batchSize;
		}

	}

}
