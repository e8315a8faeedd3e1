package org.kinbridge.auditlog.merkle;

/**
 * A proof that does not prove what it claims. The message names the failed check, which
 * is what an auditor needs to report it.
 */
public class InvalidProofException extends Exception {

	public InvalidProofException(String message) {
		// A verdict on input, not a fault in the code: no stack trace to fill, which
		// keeps
		// checking many forged proofs cheap.
		super(message, null, false, false);
	}

}
