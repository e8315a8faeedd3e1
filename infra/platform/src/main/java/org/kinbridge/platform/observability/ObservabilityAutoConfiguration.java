package org.kinbridge.platform.observability;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.axonframework.config.EventProcessingConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Health indicators for Kafka and the Axon event processors, and the OpenAPI description
 * of the service. MongoDB health and Prometheus metrics come from Boot itself.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class,
		afterName = { "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
				"org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration" })
@EnableConfigurationProperties(ObservabilityAutoConfiguration.KafkaHealthProperties.class)
public class ObservabilityAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.apache.kafka.clients.admin.Admin",
			"org.springframework.boot.actuate.health.HealthIndicator" })
	@ConditionalOnBean(KafkaAdmin.class)
	@ConditionalOnEnabledHealthIndicator("kafka")
	static class KafkaHealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "kafkaHealthIndicator")
		KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, KafkaHealthProperties properties) {
			Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
			int timeout = (int) properties.timeout().toMillis();
			config.put(AdminClientConfig.CLIENT_ID_CONFIG, "kinbridge-health");
			config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
			config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
			// A broker that is down is asked again now and then, not in a tight loop.
			config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 10_000);
			return new KafkaHealthIndicator(() -> Admin.create(config), properties.timeout(), properties.cacheFor(),
					Clock.systemUTC());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.axonframework.config.EventProcessingConfiguration",
			"org.springframework.boot.actuate.health.HealthIndicator" })
	@ConditionalOnBean(type = "org.axonframework.config.EventProcessingConfiguration")
	@ConditionalOnEnabledHealthIndicator("event-processors")
	static class AxonHealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "eventProcessorsHealthIndicator")
		EventProcessorsHealthIndicator eventProcessorsHealthIndicator(EventProcessingConfiguration eventProcessing) {
			return new EventProcessorsHealthIndicator(eventProcessing);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.swagger.v3.oas.models.OpenAPI")
	static class OpenApiConfiguration {

		/** Name of the security scheme that every operation requires. */
		static final String BEARER_SCHEME = "bearer-jwt";

		@Bean
		@ConditionalOnMissingBean
		OpenAPI kinbridgeOpenApi(Environment environment, ObjectProvider<BuildProperties> build) {
			String name = environment.getProperty("spring.application.name", "kinbridge-service");
			BuildProperties buildProperties = build.getIfAvailable();
			String version = (buildProperties != null) ? buildProperties.getVersion() : "unversioned";
			return new OpenAPI().info(new Info().title(name).version(version))
				// Relative, so that the same document works on the service and behind the
				// gateway, which serves the same paths.
				.addServersItem(new Server().url("/"))
				.components(new Components().addSecuritySchemes(BEARER_SCHEME,
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
				.addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
		}

	}

	/**
	 * @param timeout how long one Kafka health check waits for the cluster
	 * @param cacheFor how long a Kafka health result is reused
	 */
	@ConfigurationProperties("kinbridge.health.kafka")
	public record KafkaHealthProperties(Duration timeout, Duration cacheFor) {

		public KafkaHealthProperties {
			timeout = (timeout != null) ? timeout : Duration.ofSeconds(2);
			cacheFor = (cacheFor != null) ? cacheFor : Duration.ofSeconds(5);
		}

	}

}
