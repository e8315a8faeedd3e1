package org.kinbridge.audit.web;

import java.util.List;

import org.kinbridge.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A request whose parameters disagree with the log (a tree size beyond it, a proof from a
 * larger to a smaller tree): a 400 problem naming the field.
 */
class InvalidAuditRequest extends ErrorResponseException {

	InvalidAuditRequest(String field, String message) {
		super(HttpStatus.BAD_REQUEST, Problems.validation("Field '" + field + "' " + message,
				List.of(new Problems.FieldError(field, message))), null);
	}

}
