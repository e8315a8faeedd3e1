package org.kinbridge.platform.web;

import java.util.List;
import java.util.Objects;

/**
 * A business rule refused the request, for example a placement into a family without free
 * capacity. Answered with 422; the stable {@link #code()} lets clients react without
 * parsing the message, which is shown to the caller and so must not contain personal
 * data. When the rule is about what some fields of the request hold or lack (an
 * incomplete checklist, a consent missing for a child of seven), the fields go into the
 * problem's {@code errors} as validation errors do, so that a form can point at each.
 */
public class DomainRuleViolation extends PlatformException {

	private final String code;

	private final transient List<Problems.FieldError> fieldErrors;

	public DomainRuleViolation(String code, String message) {
		this(code, message, List.of());
	}

	public DomainRuleViolation(String code, String message, List<Problems.FieldError> fieldErrors) {
		super(message);
		this.code = Objects.requireNonNull(code, "code");
		this.fieldErrors = List.copyOf(fieldErrors);
	}

	/**
	 * @return a stable, dotted identifier of the rule, such as
	 * {@code placement.no-free-capacity}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * @return the fields the rule is about, each with what the rule needs of it; empty
	 * when the rule is about the request as a whole
	 */
	public List<Problems.FieldError> fieldErrors() {
		return this.fieldErrors;
	}

}
