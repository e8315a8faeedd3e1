package org.kinbridge.gateway;

import java.util.function.Predicate;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Tells the circuit breakers which errors are the service's fault. A 4xx (including the
 * gateway's own 413 for a streamed body that grew too large) is the caller's, so a client
 * sending bad requests can never cut a service off for everybody else.
 * <p>
 * Named in {@code resilience4j.circuitbreaker.configs.default.record-failure-predicate},
 * which needs a public class with a public no-argument constructor.
 */
public class DownstreamFailure implements Predicate<Throwable> {

	@Override
	public boolean test(Throwable failure) {
		if (failure instanceof ResponseStatusException status) {
			return status.getStatusCode().is5xxServerError();
		}
		if (failure instanceof HttpStatusCodeException status) {
			return status.getStatusCode().is5xxServerError();
		}
		return !(failure instanceof DataBufferLimitException);
	}

}
