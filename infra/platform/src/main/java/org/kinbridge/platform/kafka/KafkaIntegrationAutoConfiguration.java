package org.kinbridge.platform.kafka;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.kinbridge.contracts.Topics;
import org.kinbridge.platform.axon.AxonMongoAutoConfiguration;
import org.slf4j.MDC;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Kafka for every service: topics created by code (decision history is never deleted),
 * the outbox publisher, the de-duplicating listener with retries and a dead-letter topic,
 * and the Axon metadata that carries correlation and actor into the public events.
 */
@AutoConfiguration(after = { KafkaAutoConfiguration.class, AxonMongoAutoConfiguration.class })
@EnableConfigurationProperties(KafkaIntegrationProperties.class)
public class KafkaIntegrationAutoConfiguration {

	/**
	 * Producer and consumer settings that the delivery guarantees rest on; not left to a
	 * properties file.
	 */
	@Bean
	public DefaultKafkaProducerFactoryCustomizer kinbridgeReliableProducer() {
		return factory -> factory
			.updateConfigs(Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
					ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5));
	}

	@Bean
	public DefaultKafkaConsumerFactoryCustomizer kinbridgeReliableConsumer() {
		return factory -> factory.updateConfigs(Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
	}

	@Bean
	public KafkaAdmin.NewTopics kinbridgeTopics(KafkaIntegrationProperties properties) {
		List<NewTopic> topics = new ArrayList<>();
		if (properties.publishTopic() != null && !properties.publishTopic().isBlank()) {
			topics.add(historyTopic(properties.publishTopic(), properties));
		}
		// A subscribed topic is created too (with the same settings, so whichever service
		// starts
		// first creates it): a consumer that subscribes before its topic exists would
		// otherwise
		// wait for a metadata refresh of up to five minutes.
		for (String subscribed : properties.subscribe()) {
			topics.add(historyTopic(subscribed, properties));
			topics.add(historyTopic(Topics.deadLetterOf(subscribed), properties));
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	private static NewTopic historyTopic(String name, KafkaIntegrationProperties properties) {
		Map<String, String> configs = new HashMap<>();
		configs.put(TopicConfig.RETENTION_MS_CONFIG, "-1");
		configs.put(TopicConfig.RETENTION_BYTES_CONFIG, "-1");
		configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
		configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(properties.minInsyncReplicas()));
		return TopicBuilder.name(name)
			.partitions(properties.partitions())
			.replicas(properties.replicationFactor())
			.configs(configs)
			.build();
	}

	@Bean
	@ConditionalOnExpression("!'${kinbridge.kafka.publish-topic:}'.isBlank()")
	public KafkaIntegrationEventPublisher kafkaIntegrationEventPublisher(KafkaTemplate<String, String> kafka,
			ObjectMapper objectMapper, List<IntegrationEventTranslator> translators,
			KafkaIntegrationProperties properties, @Value("${spring.application.name}") String application) {
		return new KafkaIntegrationEventPublisher(kafka, objectMapper, translators, properties.publishTopic(),
				"/kinbridge/" + application);
	}

	/**
	 * A failed publication must stop the publisher's processor (which then retries with
	 * back-off) rather than be logged and passed over, as Axon's default handler would.
	 */
	@Bean
	public ConfigurerModule publisherStopsOnFailure() {
		return configurer -> configurer.eventProcessing()
			.registerListenerInvocationErrorHandler(KafkaIntegrationEventPublisher.PROCESSING_GROUP,
					c -> PropagatingErrorHandler.instance());
	}

	@Bean
	public CorrelationDataProvider kinbridgeCorrelationData() {
		return new SimpleCorrelationDataProvider(MessageKeys.CORRELATION_ID, MessageKeys.CAUSATION_ID,
				MessageKeys.ACTOR);
	}

	/**
	 * Puts the request's correlation id and acting user on every command sent from this
	 * thread.
	 */
	@Bean
	public SmartInitializingSingleton kinbridgeCommandContext(CommandBus commandBus) {
		MessageDispatchInterceptor<CommandMessage<?>> interceptor = messages -> (index, command) -> {
			Map<String, Object> context = new HashMap<>();
			String correlationId = MDC.get("correlationId");
			if (correlationId != null && !command.getMetaData().containsKey(MessageKeys.CORRELATION_ID)) {
				context.put(MessageKeys.CORRELATION_ID, correlationId);
			}
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && !command.getMetaData().containsKey(MessageKeys.ACTOR)) {
				context.put(MessageKeys.ACTOR, authentication.getName());
			}
			return context.isEmpty() ? command : command.andMetaData(context);
		};
		return () -> commandBus.registerDispatchInterceptor(interceptor);
	}

	@Bean
	public ProcessedEvents processedEvents(MongoDatabase axonMongoDatabase, Clock clock) {
		return new ProcessedEvents(axonMongoDatabase, clock);
	}

	/**
	 * Retries a failing event with exponential back-off, then parks it in
	 * {@code <topic>.dlt} with the exception in the record headers; poison goes there at
	 * once.
	 */
	@Bean
	public CommonErrorHandler kinbridgeKafkaErrorHandler(KafkaTemplate<String, String> kafka) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
				(record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(6);
		backOff.setInitialInterval(500);
		backOff.setMultiplier(2);
		backOff.setMaxInterval(10_000);
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(PoisonEventException.class);
		return handler;
	}

	@Bean
	@ConditionalOnExpression("!'${kinbridge.kafka.subscribe:}'.isBlank()")
	public KafkaIntegrationEventListener kafkaIntegrationEventListener(List<IntegrationEventHandler<?>> handlers,
			ProcessedEvents processedEvents, ObjectMapper objectMapper) {
		return new KafkaIntegrationEventListener(handlers, processedEvents, objectMapper);
	}

}
