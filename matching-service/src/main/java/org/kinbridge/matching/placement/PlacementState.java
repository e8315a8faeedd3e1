package org.kinbridge.matching.placement;

import java.util.EnumSet;
import java.util.Set;

/** The step a placement is at. */
public enum PlacementState {

	MATCH_PROPOSED, CAREGIVER_CONFIRMED, CHILD_CONSULTED, PLACEMENT_DECISION_ISSUED, PLACEMENT_ACTIVE,
	/** Declined, withdrawn, rejected or refused before the decision. */
	PROPOSAL_CLOSED, PLACEMENT_ENDED;

	/** The steps before the decision, at which a proposal can still be declined. */
	public static final Set<PlacementState> OPEN_PROPOSAL = EnumSet.of(MATCH_PROPOSED, CAREGIVER_CONFIRMED,
			CHILD_CONSULTED);

	/** The steps at which the caregiver's place is held or taken for the placement. */
	public static final Set<PlacementState> OPEN = EnumSet.of(MATCH_PROPOSED, CAREGIVER_CONFIRMED, CHILD_CONSULTED,
			PLACEMENT_DECISION_ISSUED, PLACEMENT_ACTIVE);

}
