package org.kinbridge.platform.web;

/**
 * The requested object does not exist, or the caller may not know that it exists. Every
 * 404 response carries the same wording, so a caller cannot tell the two apart; the
 * message is only logged.
 */
public class NotFoundException extends PlatformException {

	public NotFoundException(String message) {
		super(message);
	}

}
