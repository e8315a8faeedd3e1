package org.kinbridge.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * When no key to verify tokens is configured, the service still starts but rejects every
 * token, instead of failing with an obscure bean error or, worse, trusting a built-in
 * key. Configure {@code KINBRIDGE_JWT_PUBLIC_KEY} (a PEM location such as
 * {@code file:/etc/kinbridge/jwt-public.pem}) or
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
 */
@AutoConfiguration(after = OAuth2ResourceServerAutoConfiguration.class,
		before = UserDetailsServiceAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(JwtDecoder.class)
public class UnconfiguredJwtDecoderAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(UnconfiguredJwtDecoderAutoConfiguration.class);

	static final String REASON = "the service has no key to verify tokens (set KINBRIDGE_JWT_PUBLIC_KEY)";

	@Bean
	@ConditionalOnMissingBean(JwtDecoder.class)
	public JwtDecoder unconfiguredJwtDecoder() {
		log.warn("No JWT verification key is configured: every request that needs a token will be refused. "
				+ "Set KINBRIDGE_JWT_PUBLIC_KEY or spring.security.oauth2.resourceserver.jwt.issuer-uri.");
		return (token) -> {
			throw new BadJwtException(REASON);
		};
	}

}
