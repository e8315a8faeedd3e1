package org.kinbridge.matching.shortlist;

import java.util.stream.Collectors;

import org.kinbridge.platform.web.ProblemTypes;
import org.kinbridge.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a refused shortlist request with 422, like every broken rule, but naming each
 * refused field as validation problems do.
 */
@RestControllerAdvice(assignableTypes = ShortlistController.class)
class ShortlistProblems {

	static final String CODE = "shortlist.request-refused";

	@ExceptionHandler(ShortlistRequestRefused.class)
	ResponseEntity<ProblemDetail> refused(ShortlistRequestRefused refused) {
		String fields = refused.errors()
			.stream()
			.map(Problems.FieldError::field)
			.distinct()
			.collect(Collectors.joining(", "));
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.DOMAIN_RULE,
				"Domain rule violated", "The shortlist request is refused: " + fields);
		problem.setProperty("code", CODE);
		problem.setProperty(Problems.ERRORS, refused.errors());
		return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
