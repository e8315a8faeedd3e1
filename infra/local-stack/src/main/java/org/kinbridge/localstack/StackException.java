package org.kinbridge.localstack;

/**
 * A problem the person running the stack can fix; its message is the single line they
 * see.
 */
public class StackException extends RuntimeException {

	public StackException(String message) {
		super(message);
	}

	public StackException(String message, Throwable cause) {
		super(message, cause);
	}

}
