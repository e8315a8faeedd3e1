package org.kinbridge.cases.survey.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Close a survey round; a reason is required while some hamlet is not surveyed.
 */
public record CloseSurveyRound(@TargetAggregateIdentifier String roundId, String communeCode, String reason,
		Acting by) {
}
