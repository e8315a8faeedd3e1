package org.kinbridge.platform.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the problem bodies that every KinBridge error response uses, so that they all
 * carry a {@code type}, a {@code title} and the {@code correlationId}.
 */
public final class Problems {

	/** Name of the problem property that lists field errors. */
	public static final String ERRORS = "errors";

	/** Name of the problem property that carries the correlation id. */
	public static final String CORRELATION_ID = "correlationId";

	public static final String INTERNAL_DETAIL = "An unexpected error occurred. Quote the correlation id when reporting it.";

	public static final String NOT_FOUND_DETAIL = "The requested resource does not exist.";

	private Problems() {
	}

	/**
	 * @param status the response status
	 * @param type the problem type, see {@link ProblemTypes}
	 * @param title a short, fixed summary of the problem type
	 * @param detail what went wrong with this request; shown to the caller
	 * @return a problem with the current correlation id
	 */
	public static ProblemDetail of(HttpStatusCode status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return withCorrelationId(problem);
	}

	/**
	 * @param detail a summary of the failed validation
	 * @param errors one entry per invalid field
	 * @return a 400 problem of type {@link ProblemTypes#VALIDATION}
	 */
	public static ProblemDetail validation(String detail, List<FieldError> errors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request", detail);
		problem.setProperty(ERRORS, List.copyOf(errors));
		return problem;
	}

	/**
	 * @return a 500 problem that tells nothing but the correlation id
	 */
	public static ProblemDetail internal() {
		return of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal Server Error", INTERNAL_DETAIL);
	}

	/**
	 * @param problem a problem to complete
	 * @return the same problem, with the current correlation id if there is one
	 */
	public static ProblemDetail withCorrelationId(ProblemDetail problem) {
		Correlation.current().ifPresent((id) -> problem.setProperty(CORRELATION_ID, id));
		return problem;
	}

	/**
	 * One invalid field of a request.
	 *
	 * @param field path of the field in the request, such as {@code children[0].sex}
	 * @param message what is wrong with it; never echoes the value
	 */
	public record FieldError(String field, String message) {
	}

}
