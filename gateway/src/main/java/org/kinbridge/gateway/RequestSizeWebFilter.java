package org.kinbridge.gateway;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses request bodies above {@code kinbridge.gateway.max-request-size} with 413,
 * before the token is even checked. A declared length is refused at once; a streamed body
 * fails as soon as it grows past the limit.
 */
@Component
public class RequestSizeWebFilter implements WebFilter, Ordered {

	private final long maxBytes;

	private final Problems problems;

	public RequestSizeWebFilter(GatewayProperties properties, Problems problems) {
		this.maxBytes = properties.maxRequestSize().toBytes();
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > this.maxBytes) {
			return this.problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
		}
		if (declared >= 0) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request(new LimitedRequest(exchange)).build());
	}

	private String tooLarge() {
		return "The request body is larger than " + this.maxBytes + " bytes.";
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	private final class LimitedRequest extends ServerHttpRequestDecorator {

		LimitedRequest(ServerWebExchange exchange) {
			super(exchange.getRequest());
		}

		@Override
		public Flux<DataBuffer> getBody() {
			AtomicLong seen = new AtomicLong();
			return super.getBody().map((buffer) -> {
				if (seen.addAndGet(buffer.readableByteCount()) > RequestSizeWebFilter.this.maxBytes) {
					DataBufferUtils.release(buffer);
					throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
				}
				return buffer;
			});
		}

	}

}
