package org.kinbridge.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The web client's pages may load scripts and styles only from the gateway and talk only
 * to the gateway and the authorization server: a script slipped into a child's name or a
 * report's text cannot run, nor send a token elsewhere.
 */
@Component
public class ContentSecurityPolicyWebFilter implements WebFilter {

	static final String HEADER = "Content-Security-Policy";

	private final String policy;

	public ContentSecurityPolicyWebFilter(WebClientProperties properties) {
		this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
				+ "connect-src 'self' " + properties.issuer() + "; form-action 'self' " + properties.issuer()
				+ "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (path.equals("/app") || path.startsWith("/app/")) {
			exchange.getResponse().getHeaders().set(HEADER, this.policy);
		}
		return chain.filter(exchange);
	}

}
