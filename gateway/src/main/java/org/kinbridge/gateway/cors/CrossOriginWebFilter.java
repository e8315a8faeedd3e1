package org.kinbridge.gateway.cors;

import java.time.Duration;
import java.util.List;

import org.kinbridge.gateway.CorrelationIdWebFilter;
import org.kinbridge.gateway.Problems;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Applies the CORS rules with Spring's own processor, but answers a refused origin with a
 * 403 problem (Spring's filter sends an empty body) and runs ahead of security, because a
 * browser never sends a token with a preflight.
 */
@Component
public class CrossOriginWebFilter implements WebFilter, Ordered {

	private final CorsConfiguration configuration;

	private final CorsProcessor processor = new DefaultCorsProcessor();

	private final Problems problems;

	public CrossOriginWebFilter(CorsProperties properties, Problems problems) {
		this.problems = problems;
		this.configuration = new CorsConfiguration();
		this.configuration.setAllowedOrigins(properties.allowedOrigins());
		this.configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
		this.configuration.setAllowedHeaders(
				List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, CorrelationIdWebFilter.HEADER));
		this.configuration
			.setExposedHeaders(List.of(CorrelationIdWebFilter.HEADER, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER));
		// Bearer tokens travel in a header, never in cookies, so credentials stay off.
		this.configuration.setAllowCredentials(false);
		this.configuration.setMaxAge(Duration.ofMinutes(30));
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
			return chain.filter(exchange);
		}
		if (!this.processor.process(this.configuration, exchange)) {
			// The origin is not echoed: it is whatever the caller put in a header.
			return this.problems.write(exchange, HttpStatus.FORBIDDEN,
					"This cross-origin request is not allowed: its origin, method or headers are not on the list.");
		}
		if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
			return Mono.empty();
		}
		return chain.filter(exchange);
	}

	/**
	 * After the correlation id (so a refusal carries it), before the size limit and
	 * security.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 15;
	}

}
