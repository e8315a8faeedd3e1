package org.kinbridge.platform.web;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Writes a problem straight to the servlet response, for the places that answer before
 * Spring MVC runs: the security filters and the error page.
 */
public class ProblemResponseWriter {

	private final ObjectMapper objectMapper;

	public ProblemResponseWriter(ObjectMapper objectMapper) {
		// The mixin flattens the problem's extra properties into the JSON object.
		this.objectMapper = objectMapper.copy().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
	}

	/**
	 * @param request the request being answered
	 * @param response the response to write; its status is set from the problem
	 * @param problem the problem to send
	 * @throws IOException when the client went away
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		if (problem.getInstance() == null) {
			try {
				problem.setInstance(URI.create(request.getRequestURI()));
			}
			catch (IllegalArgumentException ex) {
				// A path that is no valid URI is answered without an instance.
			}
		}
		if (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.CORRELATION_ID)) {
			Object id = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
			if (id != null) {
				problem.setProperty(Problems.CORRELATION_ID, id);
			}
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.objectMapper.writeValue(response.getOutputStream(), problem);
	}

}
