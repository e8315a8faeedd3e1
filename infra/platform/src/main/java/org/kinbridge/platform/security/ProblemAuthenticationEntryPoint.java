package org.kinbridge.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kinbridge.platform.web.ProblemResponseWriter;
import org.kinbridge.platform.web.ProblemTypes;
import org.kinbridge.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a missing or rejected bearer token with a 401 problem and the
 * {@code WWW-Authenticate} header that RFC 6750 asks for. The reason a token was rejected
 * is given in one line; it never contains claim values.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final ProblemResponseWriter writer;

	public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		this.bearer.commence(request, response, authException);
		String detail = "A valid bearer token is required.";
		if (authException instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
			detail = "The bearer token was rejected: " + oauth.getError().getDescription();
			log.info("Rejected a bearer token for {} {}: {}", request.getMethod(), request.getRequestURI(),
					oauth.getError().getDescription());
		}
		HttpStatus status = HttpStatus.resolve(response.getStatus());
		if (status == null || !status.isError()) {
			status = HttpStatus.UNAUTHORIZED;
		}
		this.writer.write(request, response, Problems.of(status,
				(status == HttpStatus.UNAUTHORIZED) ? ProblemTypes.UNAUTHENTICATED : ProblemTypes.forStatus(status),
				status.getReasonPhrase(), detail));
	}

}
