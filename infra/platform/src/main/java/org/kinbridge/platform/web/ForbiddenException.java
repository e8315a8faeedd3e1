package org.kinbridge.platform.web;

/**
 * The caller is known but lacks the role for the action. Answered with 403; the message
 * is shown to the caller, so it names the missing role and never another tenant's data.
 */
public class ForbiddenException extends PlatformException {

	public ForbiddenException(String message) {
		super(message);
	}

}
