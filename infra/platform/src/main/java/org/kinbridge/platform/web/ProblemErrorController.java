package org.kinbridge.platform.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Boot's error page: failures that happen outside Spring MVC (in a filter, or in
 * the container) are answered with a problem too. Only the status is passed on; messages
 * and stack traces stay in the log.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	private final ProblemResponseWriter writer;

	public ProblemErrorController(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@RequestMapping
	public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		ProblemDetail problem;
		if (status.is5xxServerError()) {
			Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			if (failure instanceof Throwable ex) {
				log.error("Unexpected {} while serving {}", ex.getClass().getName(),
						request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), ex);
			}
			problem = Problems.internal();
			problem.setStatus(status.value());
			problem.setTitle(status.getReasonPhrase());
		}
		else if (status == HttpStatus.NOT_FOUND) {
			problem = Problems.of(status, ProblemTypes.NOT_FOUND, "Not Found", Problems.NOT_FOUND_DETAIL);
		}
		else {
			problem = Problems.of(status, ProblemTypes.forStatus(status), status.getReasonPhrase(),
					status.getReasonPhrase());
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			try {
				problem.setInstance(URI.create(path));
			}
			catch (IllegalArgumentException ex) {
				// A path that is no valid URI is answered without an instance.
			}
		}
		this.writer.write(request, response, problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		// Someone asked for the error page itself.
		return HttpStatus.NOT_FOUND;
	}

}
