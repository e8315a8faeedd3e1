package org.kinbridge.cases.alternativecare.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** A proposal of a caregiver for the child will not go ahead. */
@Revision("1")
public record PlacementProposalClosureRecorded(String caseId, PlacementRef placement, String outcome, String reason,
		String inputEventId, Acting by) {
}
