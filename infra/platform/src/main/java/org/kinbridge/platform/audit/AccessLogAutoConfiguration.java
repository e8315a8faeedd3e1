package org.kinbridge.platform.audit;

import java.time.Clock;

import org.kinbridge.platform.readmodel.ReadModelIndexes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Gives a service that shows personal records an {@link AccessLog} in its own database.
 * Only services that name what they show ({@code kinbridge.access-log.subject-type}) get
 * one, so that a service showing none keeps no empty log.
 */
@AutoConfiguration(after = MongoDataAutoConfiguration.class)
@ConditionalOnClass(MongoTemplate.class)
@ConditionalOnBean(MongoTemplate.class)
@ConditionalOnProperty("kinbridge.access-log.subject-type")
@EnableConfigurationProperties(AccessLogProperties.class)
public class AccessLogAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	public AccessLog accessLog(MongoTemplate mongoTemplate, ObjectProvider<Clock> clock,
			AccessLogProperties properties) {
		return new AccessLog(mongoTemplate, clock.getIfUnique(Clock::systemUTC), properties.subjectType());
	}

	@Bean
	public ReadModelIndexes accessLogIndexes() {
		return AccessLog.indexes();
	}

}
