package org.kinbridge.gateway;

import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway is a resource server with the same token rules as the services: RS256
 * tokens signed by the KinBridge key, with a {@code province} claim. Health, metrics, the
 * services' API documents and the web client's files are public; everything else needs a
 * token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurityConfiguration {

	/**
	 * The web client's files ({@code /app/**}) are public like any web page: they hold no
	 * data, and the client gets its token only after they are loaded.
	 */
	static final String[] PUBLIC_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/docs/**", "/app", "/app/**" };

	private static final Pattern PROVINCE = Pattern.compile("\\d{2}");

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, Problems problems) {
		ServerAuthenticationEntryPoint entryPoint = entryPoint(problems);
		ServerAccessDeniedHandler accessDenied = (exchange, denied) -> problems.write(exchange, HttpStatus.FORBIDDEN,
				"You are not allowed to do this.");
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName("roles");
		roles.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(roles);
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange(
					(exchanges) -> exchanges.pathMatchers(PUBLIC_PATHS).permitAll().anyExchange().authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter)))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.build();
	}

	/**
	 * Boot adds this check to the JWT decoder it configures: a token without a province
	 * cannot be checked against any tenant, so it is no KinBridge token.
	 */
	@Bean
	OAuth2TokenValidator<Jwt> provinceClaimValidator() {
		return (jwt) -> {
			String province = jwt.getClaimAsString("province");
			if (province == null || !PROVINCE.matcher(province).matches()) {
				return OAuth2TokenValidatorResult.failure(
						new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "the token has no valid province claim", null));
			}
			return OAuth2TokenValidatorResult.success();
		};
	}

	private static ServerAuthenticationEntryPoint entryPoint(Problems problems) {
		return (exchange, failure) -> Mono.defer(() -> {
			String detail = "A valid bearer token is required.";
			String challenge = "Bearer";
			if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
				detail = "The bearer token was rejected: " + oauth.getError().getDescription();
				challenge = "Bearer error=\"" + oauth.getError().getErrorCode() + "\"";
			}
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
			return problems.write(exchange, HttpStatus.UNAUTHORIZED, detail);
		});
	}

}
