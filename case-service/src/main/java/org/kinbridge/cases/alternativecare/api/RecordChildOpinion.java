package org.kinbridge.cases.alternativecare.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Record what the child said about alternative care. On a confirmed need only as a
 * correction, with its reason.
 */
public record RecordChildOpinion(@TargetAggregateIdentifier String caseId, String needId, String childId,
		ChildOpinion opinion, String correctionReason, Acting by) {
}
