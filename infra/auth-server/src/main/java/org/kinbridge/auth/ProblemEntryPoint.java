package org.kinbridge.auth;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a caller that is not a browser, outside the OAuth endpoints, with an RFC 9457
 * problem, as every KinBridge service does, instead of a redirect to a form it cannot
 * use.
 */
public class ProblemEntryPoint implements AuthenticationEntryPoint {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"Log in at /login, or use the OAuth 2.1 endpoints listed at /.well-known/openid-configuration.");
		problem.setTitle("Unauthorized");
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
