package org.kinbridge.platform.security;

import jakarta.servlet.DispatcherType;
import org.kinbridge.platform.web.PlatformWebAutoConfiguration;
import org.kinbridge.platform.web.ProblemResponseWriter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security of every service: stateless, bearer tokens only, and everything but
 * health, metrics and API docs needs a valid token. A service that declares its own
 * {@link SecurityFilterChain} replaces this one.
 */
@AutoConfiguration(after = PlatformWebAutoConfiguration.class,
		before = { SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class },
		beforeName = "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, JwtDecoder.class })
public class PlatformSecurityAutoConfiguration {

	/** Paths that answer without a token: probes, metrics scraping and API docs. */
	public static final String[] PUBLIC_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error" };

	@Bean
	@ConditionalOnMissingBean
	public ActorClaimsValidator actorClaimsValidator() {
		return new ActorClaimsValidator();
	}

	@Bean
	@ConditionalOnMissingBean
	public ActorJwtAuthenticationConverter actorJwtAuthenticationConverter() {
		return new ActorJwtAuthenticationConverter();
	}

	@Bean
	@ConditionalOnMissingBean
	public ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemResponseWriter writer) {
		return new ProblemAuthenticationEntryPoint(writer);
	}

	@Bean
	@ConditionalOnMissingBean
	public ProblemAccessDeniedHandler problemAccessDeniedHandler(ProblemResponseWriter writer) {
		return new ProblemAccessDeniedHandler(writer);
	}

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	@ConditionalOnBean(ProblemResponseWriter.class)
	public SecurityFilterChain kinbridgeSecurityFilterChain(HttpSecurity http,
			ActorJwtAuthenticationConverter converter, ProblemAuthenticationEntryPoint entryPoint,
			ProblemAccessDeniedHandler accessDeniedHandler) throws Exception {
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(PUBLIC_PATHS)
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(
					(resourceServer) -> resourceServer.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter))
						.authenticationEntryPoint(entryPoint)
						.accessDeniedHandler(accessDeniedHandler))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler))
			.addFilterAfter(new ActorMdcFilter(), BearerTokenAuthenticationFilter.class);
		return http.build();
	}

}
