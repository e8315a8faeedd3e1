package org.kinbridge.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Drops headers by which a client could claim an identity, so that no service, proxy or
 * log downstream can mistake them for facts. Identity travels only in the signed token.
 */
@Component
public class IdentityHeadersWebFilter implements WebFilter, Ordered {

	private static final String USER_PREFIX = "x-user-";

	private static final Set<String> NAMES = Set.of("x-user", "x-province", "x-commune", "x-roles", "x-forwarded-user");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		List<String> spoofed = exchange.getRequest()
			.getHeaders()
			.keySet()
			.stream()
			.filter(IdentityHeadersWebFilter::isIdentityHeader)
			.toList();
		if (spoofed.isEmpty()) {
			return chain.filter(exchange);
		}
		ServerHttpRequest request = exchange.getRequest()
			.mutate()
			.headers((headers) -> remove(headers, spoofed))
			.build();
		return chain.filter(exchange.mutate().request(request).build());
	}

	static boolean isIdentityHeader(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith(USER_PREFIX) || NAMES.contains(lower);
	}

	private static void remove(HttpHeaders headers, List<String> names) {
		names.forEach(headers::remove);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
