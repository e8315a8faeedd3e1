package org.kinbridge.platform.web;

import java.lang.reflect.UndeclaredThrowableException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception that leaves a controller into an RFC 9457 problem. Validation and
 * unreadable bodies name the offending fields; platform exceptions get their own status;
 * anything unexpected becomes a 500 that shows only the correlation id, while the
 * exception itself goes to the log.
 *
 * <p>
 * A service may declare its own {@code @RestControllerAdvice} for its own exceptions;
 * with the default order it is asked before this one.
 */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	@ExceptionHandler({ PlatformException.class, AccessDeniedException.class, AuthenticationException.class,
			ConstraintViolationException.class, JSR303ViolationException.class, ConcurrencyException.class,
			AggregateNotFoundException.class, CommandExecutionException.class, CompletionException.class,
			ExecutionException.class, UndeclaredThrowableException.class, Exception.class })
	public ResponseEntity<Object> handleApplicationException(Exception ex, WebRequest request) {
		Throwable cause = unwrap(ex);
		ProblemDetail problem = toProblem(cause, request);
		HttpHeaders headers = new HttpHeaders();
		if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
	}

	private ProblemDetail toProblem(Throwable ex, WebRequest request) {
		if (ex instanceof DomainRuleViolation violation) {
			log.info("Domain rule {} refused {}", violation.code(), describe(request));
			ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.DOMAIN_RULE,
					"Domain rule violated", violation.getMessage());
			problem.setProperty("code", violation.code());
			if (!violation.fieldErrors().isEmpty()) {
				problem.setProperty(Problems.ERRORS, violation.fieldErrors());
			}
			return problem;
		}
		if (ex instanceof NotFoundException || ex instanceof AggregateNotFoundException) {
			// Same words for every 404, so that a caller cannot tell "absent" from "not
			// yours".
			log.debug("Not found: {}", ex.getMessage());
			return Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not Found", Problems.NOT_FOUND_DETAIL);
		}
		if (ex instanceof ConflictException) {
			return Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", ex.getMessage());
		}
		if (ex instanceof ConcurrencyException) {
			return Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
					"The object was changed by someone else at the same time. Reload it and try again.");
		}
		if (ex instanceof ForbiddenException) {
			return Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", ex.getMessage());
		}
		if (ex instanceof AccessDeniedException) {
			return Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
					"You are not allowed to do this.");
		}
		if (ex instanceof UnauthenticatedException || ex instanceof AuthenticationException) {
			return Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Unauthorized",
					"A valid bearer token is required.");
		}
		if (ex instanceof ConstraintViolationException violations) {
			return validationProblem(violations.getConstraintViolations());
		}
		if (ex instanceof JSR303ViolationException violations) {
			return validationProblem(violations.getViolations());
		}
		if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			return Problems.withCorrelationId(response.getBody());
		}
		ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		if (annotated != null && annotated.code().value() < 500) {
			String reason = annotated.reason().isEmpty() ? annotated.code().getReasonPhrase() : annotated.reason();
			return Problems.of(annotated.code(), ProblemTypes.forStatus(annotated.code()),
					annotated.code().getReasonPhrase(), reason);
		}
		log.error("Unexpected {} while serving {}", ex.getClass().getName(), describe(request), ex);
		return Problems.internal();
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldError> errors = fieldErrors(ex.getBindingResult());
		return handleExceptionInternal(ex, Problems.validation(summary(errors), errors), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldError> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors parameterErrors) {
				errors.addAll(fieldErrors(parameterErrors));
			}
			else {
				String name = result.getMethodParameter().getParameterName();
				result.getResolvableErrors()
					.forEach((error) -> errors.add(new Problems.FieldError(name, error.getDefaultMessage())));
			}
		}
		if (!HttpStatus.BAD_REQUEST.isSameCodeAs(status)) {
			// Constraints on return values fail on our side, not the caller's.
			return handleExceptionInternal(ex, Problems.internal(), headers, status, request);
		}
		return handleExceptionInternal(ex, Problems.validation(summary(errors), errors), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		List<Problems.FieldError> errors = List
			.of(new Problems.FieldError(name, expectation(ex.getRequiredType(), "has an invalid value")));
		return handleExceptionInternal(ex, Problems.validation(summary(errors), errors), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		String detail;
		if (cause instanceof JsonMappingException mapping) {
			if (!mapping.getPath().isEmpty()) {
				String field = path(mapping.getPath());
				List<Problems.FieldError> errors = List.of(new Problems.FieldError(field, mappingMessage(mapping)));
				return handleExceptionInternal(ex, Problems.validation(summary(errors), errors), headers, status,
						request);
			}
			detail = "The request body " + mappingMessage(mapping) + ".";
		}
		else if (cause instanceof JsonProcessingException parsing) {
			JsonLocation location = parsing.getLocation();
			detail = (location != null && location.getLineNr() > 0)
					? "The request body is not valid JSON (line %d, column %d).".formatted(location.getLineNr(),
							location.getColumnNr())
					: "The request body is not valid JSON.";
		}
		else {
			detail = "The request body is missing or unreadable.";
		}
		ProblemDetail problem = Problems.of(status, ProblemTypes.MALFORMED_REQUEST, "Malformed request", detail);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * Every problem leaves through here: fill in a type and the correlation id, and make
	 * sure a server error never shows an exception message.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
				problem.setType(ProblemTypes.forStatus(statusCode));
			}
			if (statusCode.is5xxServerError()) {
				problem.setDetail(Problems.INTERNAL_DETAIL);
			}
			Problems.withCorrelationId(problem);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static Throwable unwrap(Throwable ex) {
		Throwable current = ex;
		while ((current instanceof CommandExecutionException || current instanceof CompletionException
				|| current instanceof ExecutionException || current instanceof UndeclaredThrowableException)
				&& current.getCause() != null && current.getCause() != current) {
			current = current.getCause();
		}
		return current;
	}

	private static ProblemDetail validationProblem(Collection<? extends ConstraintViolation<?>> violations) {
		List<Problems.FieldError> errors = violations.stream()
			.map((violation) -> new Problems.FieldError(leafPath(violation), violation.getMessage()))
			.sorted((a, b) -> a.field().compareTo(b.field()))
			.toList();
		return Problems.validation(summary(errors), errors);
	}

	/**
	 * Drops the method and parameter name that method validation puts in front of the
	 * property path, so that the field reads as it does in the request.
	 */
	private static String leafPath(ConstraintViolation<?> violation) {
		List<Path.Node> nodes = new ArrayList<>();
		violation.getPropertyPath().forEach(nodes::add);
		String path = violation.getPropertyPath().toString();
		int skipped = 0;
		while (skipped < nodes.size() - 1 && isInvocationNode(nodes.get(skipped))) {
			String prefix = nodes.get(skipped).getName() + ".";
			if (!path.startsWith(prefix)) {
				break;
			}
			path = path.substring(prefix.length());
			skipped++;
		}
		return path.isEmpty() ? "request" : path;
	}

	private static boolean isInvocationNode(Path.Node node) {
		return node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
				|| node.getKind() == ElementKind.PARAMETER;
	}

	private static List<Problems.FieldError> fieldErrors(org.springframework.validation.Errors result) {
		List<Problems.FieldError> errors = new ArrayList<>();
		result.getFieldErrors()
			.forEach((error) -> errors.add(new Problems.FieldError(error.getField(), message(error))));
		for (ObjectError error : result.getGlobalErrors()) {
			errors.add(new Problems.FieldError((result instanceof BindingResult) ? error.getObjectName() : "request",
					message(error)));
		}
		return errors;
	}

	private static String message(ObjectError error) {
		return (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid";
	}

	private static String summary(List<Problems.FieldError> errors) {
		if (errors.size() == 1) {
			Problems.FieldError error = errors.get(0);
			return "Field '%s' %s".formatted(error.field(), error.message());
		}
		return "%d fields are invalid: %s".formatted(errors.size(),
				errors.stream().map(Problems.FieldError::field).distinct().collect(Collectors.joining(", ")));
	}

	private static String path(List<JsonMappingException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : references) {
			if (reference.getFieldName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String mappingMessage(JsonMappingException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "is not a known field";
		}
		if (ex instanceof ValueInstantiationException || !(ex instanceof MismatchedInputException)) {
			Throwable cause = ex.getCause();
			if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
				// Our value types explain their format in these messages.
				return (cause.getMessage() != null) ? cause.getMessage() : "is invalid";
			}
			return "is invalid";
		}
		Class<?> target = ((MismatchedInputException) ex).getTargetType();
		if (ex instanceof InvalidFormatException) {
			return expectation(target, "has an invalid value");
		}
		return expectation(target, "has the wrong type");
	}

	private static String expectation(@Nullable Class<?> target, String fallback) {
		if (target == null) {
			return fallback;
		}
		if (target.isEnum()) {
			return "must be one of: " + Arrays.stream(target.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		if (target == LocalDate.class) {
			return "must be a date in the format yyyy-MM-dd, e.g. 2016-03-02";
		}
		if (target == OffsetDateTime.class || target == ZonedDateTime.class || target == Instant.class) {
			return "must be a date-time with offset in ISO-8601 format, e.g. 2026-11-28T08:30:00+07:00";
		}
		if (target == LocalDateTime.class) {
			return "must be a date-time in ISO-8601 format, e.g. 2026-11-28T08:30:00";
		}
		if (target == LocalTime.class) {
			return "must be a time in the format HH:mm[:ss]";
		}
		if (target == UUID.class) {
			return "must be a UUID";
		}
		if (target == Boolean.class || target == boolean.class) {
			return "must be true or false";
		}
		if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != char.class)) {
			return "must be a number";
		}
		if (target == String.class || target == char.class || target == Character.class) {
			return "must be a text";
		}
		if (Collection.class.isAssignableFrom(target) || target.isArray()) {
			return "must be a list";
		}
		if (Map.class.isAssignableFrom(target) || target.isRecord()) {
			return "must be an object";
		}
		return fallback;
	}

	private static String describe(WebRequest request) {
		return request.getDescription(false);
	}

}
