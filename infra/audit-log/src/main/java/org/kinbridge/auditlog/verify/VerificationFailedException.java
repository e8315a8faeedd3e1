package org.kinbridge.auditlog.verify;

/**
 * The auditor's data do not prove what the platform claims: the verifier's exit code 1.
 * The message is the one line the auditor reads.
 */
public class VerificationFailedException extends Exception {

	public VerificationFailedException(String message) {
		super(message, null, false, false);
	}

}
