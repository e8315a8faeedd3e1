package org.kinbridge.auditlog.checkpoint;

/**
 * A checkpoint that the given key did not sign, or whose text was changed after signing.
 */
public class InvalidSignatureException extends Exception {

	public InvalidSignatureException(String message) {
		super(message);
	}

}
