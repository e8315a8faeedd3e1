package org.kinbridge.cases.closure.api;

/** Why a case is closed. */
public enum ClosureReason {

	/** The child is safe and the plan's goals are met. */
	RESOLVED,
	/** The Law on Children covers children under 16 (Art. 1). */
	CHILD_TURNED_16,
	/** The child moved out of the commune's reach. */
	MOVED_AWAY,
	/** The case was merged into another case about the same children. */
	MERGED,
	/** Any other reason, stated in the details. */
	OTHER

}
