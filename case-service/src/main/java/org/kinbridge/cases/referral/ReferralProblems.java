package org.kinbridge.cases.referral;

import org.kinbridge.platform.web.ProblemTypes;
import org.kinbridge.platform.web.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a refused referral as the platform answers any broken domain rule (422, with
 * the rule's code), and adds the fields it is about in {@code errors}, as validation
 * problems do. Asked before the platform's handler, which would drop them.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReferralProblems {

	@ExceptionHandler(ReferralRefused.class)
	public ResponseEntity<ProblemDetail> refused(ReferralRefused refused) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.DOMAIN_RULE,
				"Domain rule violated", refused.getMessage());
		problem.setProperty("code", refused.code());
		problem.setProperty(Problems.ERRORS,
				refused.problems()
					.stream()
					.map((field) -> new Problems.FieldError(field.field(), field.message()))
					.toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(problem);
	}

}
