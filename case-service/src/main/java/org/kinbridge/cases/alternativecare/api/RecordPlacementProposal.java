package org.kinbridge.cases.alternativecare.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Record in the case that matching-service proposed a caregiver for a child.
 *
 * @param inputEventId the CloudEvents id of matching-service's event
 * @param by who acted in matching-service, and when
 */
public record RecordPlacementProposal(@TargetAggregateIdentifier String caseId, PlacementRef placement,
		CareType careType, int rank, int score, List<String> explanation, String inputEventId, Acting by) {
}
