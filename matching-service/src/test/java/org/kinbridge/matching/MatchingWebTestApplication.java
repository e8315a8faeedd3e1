package org.kinbridge.matching;

import java.time.Instant;

import org.kinbridge.platform.audit.AccessLogAutoConfiguration;
import org.kinbridge.platform.security.PlatformSecurityAutoConfiguration;
import org.kinbridge.platform.security.UnconfiguredJwtDecoderAutoConfiguration;
import org.kinbridge.platform.tenancy.TenancyAutoConfiguration;
import org.kinbridge.platform.web.PlatformWebAutoConfiguration;
import org.kinbridge.testkit.MutableClock;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * matching-service's views and shortlists behind the platform's web, security, tenancy
 * and access log, on an in-process MongoDB and without a broker: the web tests check
 * routes, roles, tenancy and problems quickly. The Kafka side is tested in the ITs. A
 * plain configuration, named by the tests that use it, so that the tests that look for
 * the service's own application still find only that one.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
		HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, ValidationAutoConfiguration.class,
		SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
		UserDetailsServiceAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
		PlatformWebAutoConfiguration.class, PlatformSecurityAutoConfiguration.class,
		UnconfiguredJwtDecoderAutoConfiguration.class, TenancyAutoConfiguration.class,
		AccessLogAutoConfiguration.class })
@ComponentScan({ "org.kinbridge.matching.access", "org.kinbridge.matching.candidates",
		"org.kinbridge.matching.children", "org.kinbridge.matching.shortlist" })
public class MatchingWebTestApplication {

	public static final Instant NOW = Instant.parse("2026-12-10T02:00:00Z");

	@Bean(destroyMethod = "close")
	InMemoryMongo inMemoryMongo() {
		return InMemoryMongo.start();
	}

	@Bean
	MongoTemplate mongoTemplate(InMemoryMongo server) {
		return server.template("matching_web_test");
	}

	@Bean
	MutableClock clock() {
		return new MutableClock(NOW);
	}

}
