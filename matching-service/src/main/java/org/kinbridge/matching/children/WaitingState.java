package org.kinbridge.matching.children;

/** Whether the case still wants alternative care for the child. */
public enum WaitingState {

	/** The case decided the child needs alternative care. */
	WAITING,

	/** The case ended the need; nothing reopens it. */
	ENDED

}
