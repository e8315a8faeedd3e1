package org.kinbridge.platform.web;

/**
 * Base of the exceptions that the platform turns into a problem response with a known
 * status. The message is safe to show to the caller unless a subclass says otherwise.
 */
public abstract class PlatformException extends RuntimeException {

	protected PlatformException(String message) {
		super(message);
	}

	protected PlatformException(String message, Throwable cause) {
		super(message, cause);
	}

}
