package org.kinbridge.platform.web;

/**
 * Code asked for the caller's identity where the request carries none. Answered with 401.
 */
public class UnauthenticatedException extends PlatformException {

	public UnauthenticatedException(String message) {
		super(message);
	}

}
