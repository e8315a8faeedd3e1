package org.kinbridge.audit.verification;

import java.util.List;

import org.kinbridge.audit.checkpoint.StoredCheckpoint;

/**
 * The verdict on a history's decisions.
 *
 * @param verified whether every decision is included in a signed checkpoint
 * @param checkpoint the checkpoint checked against (of the history's province), or null
 * @param entries one verdict per decision
 */
public record Verification(boolean verified, StoredCheckpoint checkpoint, List<EntryVerification> entries) {

	/**
	 * One decision's verdict.
	 *
	 * @param eventId the event
	 * @param leafIndex its position in the log, if appended
	 * @param included whether an inclusion proof from the stored event reaches the signed
	 * root
	 * @param problem why not, in one line, or null
	 */
	public record EntryVerification(String eventId, Long leafIndex, boolean included, String problem) {
	}

}
