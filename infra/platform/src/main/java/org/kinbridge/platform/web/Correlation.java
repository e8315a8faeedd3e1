package org.kinbridge.platform.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The correlation id of the work the current thread does: set from the {@value #HEADER}
 * request header by {@link CorrelationIdFilter}, or by a message consumer from the event
 * it handles. It lives in the logging MDC under {@value #MDC_KEY}, so that every log line
 * of that work carries it.
 */
public final class Correlation {

	/** HTTP header that carries the id between clients, the gateway and the services. */
	public static final String HEADER = "X-Correlation-Id";

	/** MDC key, and so the field name in the JSON logs. */
	public static final String MDC_KEY = "correlationId";

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9-]{1,64}");

	private Correlation() {
	}

	/**
	 * @return the correlation id of the current thread's work, if any
	 */
	public static Optional<String> current() {
		return Optional.ofNullable(MDC.get(MDC_KEY));
	}

	/**
	 * @return the current correlation id, or a new one when the thread has none
	 */
	public static String currentOrNew() {
		return current().orElseGet(Correlation::newId);
	}

	/**
	 * Tells whether a value received from outside may be used as a correlation id;
	 * anything else is replaced, because it ends up in logs and headers.
	 * @param candidate the received value, may be {@code null}
	 * @return {@code true} for 1 to 64 characters of {@code [A-Za-z0-9-]}
	 */
	public static boolean isValid(String candidate) {
		return candidate != null && VALID.matcher(candidate).matches();
	}

	/**
	 * @return a fresh random id
	 */
	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Makes {@code id} the current correlation id until the returned scope is closed; the
	 * previous one comes back then. Meant for try-with-resources around the handling of
	 * one message.
	 * @param id the id to use; an invalid or missing one is replaced by a new id
	 * @return the scope to close
	 */
	public static Scope open(String id) {
		String previous = MDC.get(MDC_KEY);
		String effective = isValid(id) ? id : newId();
		MDC.put(MDC_KEY, effective);
		return new Scope(effective, previous);
	}

	/**
	 * The span of work that uses one correlation id.
	 */
	public static final class Scope implements AutoCloseable {

		private final String id;

		private final String previous;

		private Scope(String id, String previous) {
			this.id = id;
			this.previous = previous;
		}

		/**
		 * @return the correlation id in force within this scope
		 */
		public String id() {
			return this.id;
		}

		@Override
		public void close() {
			if (this.previous == null) {
				MDC.remove(MDC_KEY);
			}
			else {
				MDC.put(MDC_KEY, this.previous);
			}
		}

	}

}
