package org.kinbridge.platform.web;

/**
 * The request clashes with the current state of an object, for example a concurrent
 * change or a duplicate. Answered with 409; the message is shown to the caller.
 */
public class ConflictException extends PlatformException {

	public ConflictException(String message) {
		super(message);
	}

	public ConflictException(String message, Throwable cause) {
		super(message, cause);
	}

}
