package org.kinbridge.analytics.stream;

import java.security.SecureRandom;

import io.micrometer.core.instrument.MeterRegistry;
import org.kinbridge.analytics.AnalyticsProperties;
import org.kinbridge.analytics.HandlersPerType;
import org.kinbridge.analytics.pseudonym.PseudonymKeyFile;
import org.kinbridge.analytics.pseudonym.Pseudonymiser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pseudonymiser's key and one handler per reviewed source event type, so that the
 * platform's listener de-duplicates, retries and parks them like any service's events.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
public class StreamConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StreamConfiguration.class);

	@Bean
	public Pseudonymiser pseudonymiser(AnalyticsProperties properties) {
		Pseudonymiser pseudonymiser = new Pseudonymiser(
				PseudonymKeyFile.read(properties.keyFile(), properties.generateMissingKey(), new SecureRandom()));
		log.info("Analytics pseudonyms are made with key {}", pseudonymiser.keyId());
		return pseudonymiser;
	}

	@Bean
	public SkippedEventTypes skippedEventTypes(MeterRegistry meters) {
		return new SkippedEventTypes(meters);
	}

	@Bean
	public static HandlersPerType pseudonymiseHandlers() {
		return new HandlersPerType(Pseudonymise.class, RecordMappings.all(), "pseudonymise");
	}

}
