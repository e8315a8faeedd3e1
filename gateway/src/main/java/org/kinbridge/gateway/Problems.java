package org.kinbridge.gateway;

import java.net.URI;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes the gateway's own error responses as RFC 9457 problems, with the same
 * {@code type} URIs and {@code correlationId} property as the services use.
 */
@Component
public class Problems {

	static final String TYPE_BASE = "https://kinbridge.org/problems/";

	private final ObjectMapper objectMapper;

	public Problems(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper.copy().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
	}

	/**
	 * @param exchange the exchange to answer
	 * @param status the response status
	 * @param detail one line for the caller; never an exception message
	 * @return completes when the problem is written
	 */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(typeOf(status));
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle((known != null) ? known.getReasonPhrase() : "Error");
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		String correlationId = exchange.getAttribute(CorrelationIdWebFilter.ATTRIBUTE);
		if (correlationId != null) {
			problem.setProperty("correlationId", correlationId);
		}
		byte[] body;
		try {
			body = this.objectMapper.writeValueAsBytes(problem);
		}
		catch (JsonProcessingException ex) {
			return Mono.error(ex);
		}
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setContentLength(body.length);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

	static URI typeOf(HttpStatusCode status) {
		String slug = switch (status.value()) {
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 413 -> "payload-too-large";
			case 500 -> "internal-error";
			default -> {
				HttpStatus known = HttpStatus.resolve(status.value());
				yield (known != null) ? known.name().toLowerCase(Locale.ROOT).replace('_', '-')
						: "http-" + status.value();
			}
		};
		return URI.create(TYPE_BASE + slug);
	}

}
