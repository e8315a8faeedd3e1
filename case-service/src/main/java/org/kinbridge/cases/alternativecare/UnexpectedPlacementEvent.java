package org.kinbridge.cases.alternativecare;

/**
 * A placement event that cannot belong to the case it names: another province, a need the
 * case never announced, a child not in the need. A breach of the contract, so the
 * consumer parks it instead of retrying.
 */
public class UnexpectedPlacementEvent extends RuntimeException {

	public UnexpectedPlacementEvent(String message) {
		super(message);
	}

}
