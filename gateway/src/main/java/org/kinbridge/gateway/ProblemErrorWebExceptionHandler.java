package org.kinbridge.gateway;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers every failure inside the gateway with a problem: a service that is slow gives
 * 504, one that cannot be reached, fails with 5xx or has its circuit breaker open gives
 * 503, and anything unexpected 500 with only the correlation id. Runs ahead of Boot's own
 * handler, which would answer with plain JSON.
 */
@Component
@Order(-2)
public class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

	private final Problems problems;

	public ProblemErrorWebExceptionHandler(Problems problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		HttpStatusCode status = statusOf(ex);
		if (status.is5xxServerError() && status.value() != 503 && status.value() != 504) {
			log.error("Unexpected {} while routing {} {}", ex.getClass().getName(), exchange.getRequest().getMethod(),
					exchange.getRequest().getPath(), ex);
		}
		else {
			log.debug("Answering {} {} with {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
					status, ex.toString());
		}
		return this.problems.write(exchange, status, detailOf(status, ex, serviceOf(exchange)));
	}

	/**
	 * @return the {@code service} metadata of the matched route, so that an error names
	 * the service the caller depends on
	 */
	private static String serviceOf(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		Object service = (route != null) ? route.getMetadata().get("service") : null;
		return (service != null) ? service.toString() : "The service behind this path";
	}

	private static HttpStatusCode statusOf(Throwable ex) {
		if (ex instanceof ResponseStatusException responseStatus) {
			return responseStatus.getStatusCode();
		}
		if (ex instanceof TimeoutException || ex instanceof ConnectTimeoutException
				|| ex instanceof ReadTimeoutException) {
			return HttpStatus.GATEWAY_TIMEOUT;
		}
		// A 5xx the breaker counted, an open breaker, a refused or dropped connection:
		// the
		// service is unwell, and the caller should simply try again a little later.
		if (ex instanceof HttpStatusCodeException || ex instanceof ServiceUnavailableException
				|| ex instanceof CallNotPermittedException || ex instanceof ConnectException
				|| ex instanceof UnknownHostException || ex instanceof IOException) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		if (ex instanceof DataBufferLimitException) {
			return HttpStatus.PAYLOAD_TOO_LARGE;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String detailOf(HttpStatusCode status, Throwable ex, String service) {
		return switch (status.value()) {
			case 404 -> "No route for this path.";
			case 413 -> (ex instanceof ResponseStatusException responseStatus && responseStatus.getReason() != null)
					? responseStatus.getReason() : "The request body is too large.";
			case 503 -> service + " is unavailable, try again shortly.";
			case 504 -> service + " did not answer in time.";
			case 500 -> "An unexpected error occurred. Quote the correlation id when reporting it.";
			default -> {
				HttpStatus known = HttpStatus.resolve(status.value());
				yield (known != null) ? known.getReasonPhrase() : "The request failed.";
			}
		};
	}

}
