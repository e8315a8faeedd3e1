package org.kinbridge.platform.security;

import org.junit.jupiter.api.Test;
import org.kinbridge.testkit.TestTokens;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UnconfiguredJwtDecoderTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
				OAuth2ResourceServerAutoConfiguration.class, UnconfiguredJwtDecoderAutoConfiguration.class));

	@Test
	void refusesEveryTokenWhenNoKeyIsConfigured() {
		this.runner.run((context) -> {
			JwtDecoder decoder = context.getBean(JwtDecoder.class);
			assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("any.token.here"))
				.withMessageContaining("KINBRIDGE_JWT_PUBLIC_KEY");
		});
	}

	@Test
	void stepsBackForAConfiguredKey() {
		String location = TestTokens.publicKeyLocation();
		this.runner.withPropertyValues("spring.security.oauth2.resourceserver.jwt.public-key-location=" + location)
			.run((context) -> assertThat(context.getBean(JwtDecoder.class)).isInstanceOf(NimbusJwtDecoder.class));
	}

}
