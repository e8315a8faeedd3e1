package org.kinbridge.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;

import org.kinbridge.gateway.Problems;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spends one request of the caller's budget on every routed request and refuses it with a
 * 429 problem once the budget is empty. It runs after security, so the budget belongs to
 * the token's {@code sub}; only the public documents are counted by client address.
 */
@Component
public class RateLimitGlobalFilter implements GlobalFilter, Ordered {

	/** The burst: how many requests a budget holds when full. */
	public static final String LIMIT_HEADER = "X-RateLimit-Limit";

	public static final String REMAINING_HEADER = "X-RateLimit-Remaining";

	private final ClientBudgets budgets;

	private final RateLimitProperties properties;

	private final Problems problems;

	public RateLimitGlobalFilter(ClientBudgets budgets, RateLimitProperties properties, Problems problems) {
		this.budgets = budgets;
		this.properties = properties;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return clientKey(exchange).flatMap((key) -> {
			ClientBudgets.Decision decision = this.budgets.take(key);
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.set(LIMIT_HEADER, Integer.toString(this.properties.burst()));
			headers.set(REMAINING_HEADER, Long.toString(decision.remaining()));
			if (decision.allowed()) {
				return chain.filter(exchange);
			}
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
			return this.problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
					"Too many requests: each user may send " + this.properties.requestsPerSecond()
							+ " per second, in bursts of up to " + this.properties.burst() + ". Retry after "
							+ decision.retryAfterSeconds() + " s.");
		});
	}

	static Mono<String> clientKey(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.map(RateLimitGlobalFilter::userKey)
			.switchIfEmpty(Mono.fromSupplier(() -> addressKey(exchange)));
	}

	private static String userKey(Principal principal) {
		if (principal instanceof JwtAuthenticationToken jwt && jwt.getToken().getSubject() != null) {
			return "user:" + jwt.getToken().getSubject();
		}
		return "user:" + principal.getName();
	}

	private static String addressKey(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return "address:"
				+ ((remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown");
	}

	/**
	 * Before the circuit breakers (route filters start at 1), so that refused requests
	 * never count for or against a service. Boot's {@code http.server.requests} metric
	 * still counts the 429s.
	 */
	@Override
	public int getOrder() {
		return -100;
	}

}
