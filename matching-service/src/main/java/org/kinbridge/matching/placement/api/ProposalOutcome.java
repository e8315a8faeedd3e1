package org.kinbridge.matching.placement.api;

/** Why a proposal closed before the placement decision. */
public enum ProposalOutcome {

	/** The caregiver did not give consent. */
	CAREGIVER_DECLINED,

	/** The child, consulted, did not agree. */
	CHILD_DECLINED,

	/** The commune chair refused to decide the placement. */
	REJECTED,

	/**
	 * The officer withdrew it, or it could not go ahead: the caregiver was suspended or
	 * removed, or the need ended.
	 */
	WITHDRAWN,

	/** family-service had no place for it. */
	CAPACITY_REFUSED

}
