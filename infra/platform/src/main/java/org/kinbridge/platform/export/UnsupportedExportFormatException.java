package org.kinbridge.platform.export;

import java.util.List;

import org.kinbridge.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The caller asked for an export format we do not write. Carries its own validation
 * problem, so the platform's error handling answers 400 naming the field {@code format}.
 */
public class UnsupportedExportFormatException extends ErrorResponseException {

	static final String FIELD = "format";

	UnsupportedExportFormatException(String message) {
		super(HttpStatus.BAD_REQUEST, Problems.validation("Field '%s' %s".formatted(FIELD, message),
				List.of(new Problems.FieldError(FIELD, message))), null);
	}

}
