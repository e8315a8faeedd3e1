package org.kinbridge.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.oauth2.resource.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.reactive.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Without {@code KINBRIDGE_JWT_PUBLIC_KEY} (or an issuer URI) the gateway still starts,
 * so that health checks work, but it refuses every token rather than trusting any.
 */
@AutoConfiguration(after = ReactiveOAuth2ResourceServerAutoConfiguration.class,
		before = ReactiveUserDetailsServiceAutoConfiguration.class)
public class UnconfiguredJwtDecoderAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(UnconfiguredJwtDecoderAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(ReactiveJwtDecoder.class)
	ReactiveJwtDecoder unconfiguredJwtDecoder() {
		log.warn("No JWT verification key is configured: every request that needs a token will be refused. "
				+ "Set KINBRIDGE_JWT_PUBLIC_KEY or spring.security.oauth2.resourceserver.jwt.issuer-uri.");
		return (token) -> Mono
			.error(new BadJwtException("the gateway has no key to verify tokens (set KINBRIDGE_JWT_PUBLIC_KEY)"));
	}

}
