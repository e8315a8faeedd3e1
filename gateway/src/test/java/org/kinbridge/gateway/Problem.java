package org.kinbridge.gateway;

import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A problem answer as a test reads it. Reading one checks what every error of the gateway
 * must have: the status, {@code application/problem+json}, and the correlation id both in
 * the header and in the body.
 *
 * @param type the problem type URI
 * @param detail the one line for the caller
 * @param correlationId the id in the body
 * @param result the whole exchange, for headers
 */
record Problem(String type, String detail, String correlationId, EntityExchangeResult<Map<String, Object>> result) {

	static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	static Problem of(WebTestClient.ResponseSpec response, int status) {
		return read(response.expectBody(JSON).returnResult(), status);
	}

	static Problem read(EntityExchangeResult<Map<String, Object>> result, int status) {
		assertThat(result.getStatus().value()).isEqualTo(status);
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> body = result.getResponseBody();
		assertThat(body).containsEntry("status", status);
		String correlationId = (String) body.get("correlationId");
		assertThat(correlationId).isNotBlank()
			.isEqualTo(result.getResponseHeaders().getFirst(CorrelationIdWebFilter.HEADER));
		return new Problem((String) body.get("type"), (String) body.get("detail"), correlationId, result);
	}

	String header(String name) {
		return this.result.getResponseHeaders().getFirst(name);
	}

}
