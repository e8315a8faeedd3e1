package org.kinbridge.cases.alternativecare;

import org.kinbridge.platform.web.ProblemTypes;
import org.kinbridge.platform.web.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an incomplete eligibility checklist with 422 and every unmet item in
 * {@code errors}, field by field, so that the officer sees all that is missing at once.
 * Asked before the platform's handler, which would show only the summary.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ChecklistProblems {

	@ExceptionHandler(ChecklistIncomplete.class)
	public ResponseEntity<ProblemDetail> incomplete(ChecklistIncomplete ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.DOMAIN_RULE,
				"Domain rule violated", ex.getMessage());
		problem.setProperty("code", ex.code());
		problem.setProperty(Problems.ERRORS, ex.unmet());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
