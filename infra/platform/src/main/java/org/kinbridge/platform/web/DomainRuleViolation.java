package org.kinbridge.platform.web;

import java.util.Objects;

/**
 * A business rule refused the request, for example a placement into a family without free
 * capacity. Answered with 422; the stable {@link #code()} lets clients react without
 * parsing the message, which is shown to the caller and so must not contain personal
 * data.
 */
public class DomainRuleViolation extends PlatformException {

	private final String code;

	public DomainRuleViolation(String code, String message) {
		super(message);
		this.code = Objects.requireNonNull(code, "code");
	}

	/**
	 * @return a stable, dotted identifier of the rule, such as
	 * {@code placement.no-free-capacity}
	 */
	public String code() {
		return this.code;
	}

}
