package org.kinbridge.cases.duplicates.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Flag a newly opened case as a possible duplicate of existing cases, found in the case
 * list when the report was taken in.
 *
 * @param by the person who took in the report, on whose behalf the check ran
 */
public record FlagPossibleDuplicates(@TargetAggregateIdentifier String caseId, List<DuplicateCandidate> candidates,
		Acting by) {

	public FlagPossibleDuplicates {
		candidates = (candidates != null) ? List.copyOf(candidates) : List.of();
	}

}
