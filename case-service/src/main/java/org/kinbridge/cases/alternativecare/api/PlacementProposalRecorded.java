package org.kinbridge.cases.alternativecare.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Matching-service proposed a caregiver for the child.
 *
 * @param inputEventId the CloudEvents id of matching-service's event
 */
@Revision("1")
public record PlacementProposalRecorded(String caseId, PlacementRef placement, CareType careType, int rank, int score,
		List<String> explanation, String inputEventId, Acting by) {
}
