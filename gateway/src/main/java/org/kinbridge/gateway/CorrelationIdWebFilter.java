package org.kinbridge.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request a correlation id before security runs, passes it to the service and
 * returns it to the caller. A well-formed id from the caller is kept, so that a client
 * can follow its own request through the logs.
 */
@Component
public class CorrelationIdWebFilter implements WebFilter, Ordered {

	public static final String HEADER = "X-Correlation-Id";

	/** Exchange attribute with the id, for the error responses. */
	public static final String ATTRIBUTE = CorrelationIdWebFilter.class.getName() + ".id";

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9-]{1,64}");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String received = exchange.getRequest().getHeaders().getFirst(HEADER);
		String id = (received != null && VALID.matcher(received).matches()) ? received : UUID.randomUUID().toString();
		exchange.getAttributes().put(ATTRIBUTE, id);
		exchange.getResponse().getHeaders().set(HEADER, id);
		// The services echo the id too, and the routing adds their headers to ours: one
		// value, not the same id twice, is what a client should read.
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(HEADER, id);
			return Mono.empty();
		});
		ServerHttpRequest request = exchange.getRequest()
			.mutate()
			.headers((headers) -> headers.set(HEADER, id))
			.build();
		return chain.filter(exchange.mutate().request(request).build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
