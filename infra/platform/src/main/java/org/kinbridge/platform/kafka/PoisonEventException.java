package org.kinbridge.platform.kafka;

/**
 * An event that can never be handled however often it is retried (no CloudEvents id, data
 * that does not match its type's contract). It goes to the dead-letter topic at once,
 * with this message as the reason.
 */
public class PoisonEventException extends RuntimeException {

	public PoisonEventException(String message, Throwable cause) {
		super(message, cause);
	}

	public PoisonEventException(String message) {
		super(message);
	}

}
