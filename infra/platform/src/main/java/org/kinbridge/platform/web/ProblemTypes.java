package org.kinbridge.platform.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The {@code type} URIs of KinBridge problem responses. Clients branch on these, so they
 * never change once published; {@link #forStatus} names the generic ones.
 */
public final class ProblemTypes {

	public static final String BASE = "https://kinbridge.org/problems/";

	/**
	 * Fields of the request failed validation; the problem lists them in {@code errors}.
	 */
	public static final URI VALIDATION = URI.create(BASE + "validation");

	/** The request body is not JSON, or is missing. */
	public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");

	/**
	 * A business rule refused the request; the problem carries the rule's {@code code}.
	 */
	public static final URI DOMAIN_RULE = URI.create(BASE + "domain-rule");

	public static final URI NOT_FOUND = URI.create(BASE + "not-found");

	public static final URI CONFLICT = URI.create(BASE + "conflict");

	public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");

	public static final URI FORBIDDEN = URI.create(BASE + "forbidden");

	/** Something failed on our side; only the correlation id tells more, in the logs. */
	public static final URI INTERNAL = URI.create(BASE + "internal-error");

	private ProblemTypes() {
	}

	/**
	 * @param status any HTTP status
	 * @return the type that fits the status, such as {@code .../method-not-allowed}
	 */
	public static URI forStatus(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> VALIDATION;
			case 401 -> UNAUTHENTICATED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 409 -> CONFLICT;
			case 422 -> DOMAIN_RULE;
			case 500 -> INTERNAL;
			default -> {
				HttpStatus known = HttpStatus.resolve(status.value());
				String slug = (known != null) ? known.name().toLowerCase(Locale.ROOT).replace('_', '-')
						: "http-" + status.value();
				yield URI.create(BASE + slug);
			}
		};
	}

}
