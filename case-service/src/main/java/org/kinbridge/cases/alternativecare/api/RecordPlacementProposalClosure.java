package org.kinbridge.cases.alternativecare.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Record in the case that a proposal will not go ahead.
 *
 * @param outcome matching-service's outcome, such as {@code CHILD_DECLINED}
 */
public record RecordPlacementProposalClosure(@TargetAggregateIdentifier String caseId, PlacementRef placement,
		String outcome, String reason, String inputEventId, Acting by) {
}
