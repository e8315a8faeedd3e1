package org.kinbridge.cases.closure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Close the case, saying why; {@code details} are required for
 * {@link ClosureReason#OTHER}.
 */
public record CloseCase(@TargetAggregateIdentifier String caseId, ClosureReason reason, String details,
		String legalBasis, Acting by) {
}
