package org.kinbridge.platform.deadline;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.serialization.Serializer;
import org.kinbridge.platform.axon.AxonMongoAutoConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * Replaces Axon's in-memory deadline manager with {@link MongoDeadlineManager} in the
 * service's own database. Built as Axon's Spring Boot auto-configuration builds its
 * persistent deadline managers: the scopes come from a
 * {@link ConfigurationScopeAwareProvider} over the Axon configuration, so deadlines reach
 * every aggregate repository and saga manager; Axon registers the bean's lifecycle, which
 * starts the polling.
 */
@AutoConfiguration(after = AxonMongoAutoConfiguration.class)
@ConditionalOnBean(MongoDatabase.class)
@EnableConfigurationProperties(DeadlineProperties.class)
public class DeadlineAutoConfiguration {

	/**
	 * @param axonConfiguration lazy, because the Axon configuration is built from the
	 * beans, this one included; it is first needed when a deadline fires
	 */
	@Bean
	@ConditionalOnMissingBean(DeadlineManager.class)
	public MongoDeadlineManager deadlineManager(MongoDatabase axonMongoDatabase, @Lazy Configuration axonConfiguration,
			Serializer serializer, ObjectProvider<TransactionManager> transactionManager,
			ObjectProvider<DeadlineManagerSpanFactory> spanFactory, ObjectProvider<Clock> clock,
			DeadlineProperties properties) {
		MongoDeadlineManager.Builder builder = MongoDeadlineManager.builder()
			.database(axonMongoDatabase)
			.scopeAwareProvider(new ConfigurationScopeAwareProvider(axonConfiguration))
			.serializer(serializer)
			.properties(properties);
		transactionManager.ifAvailable(builder::transactionManager);
		spanFactory.ifAvailable(builder::spanFactory);
		clock.ifUnique(builder::clock);
		return builder.build();
	}

}
