package org.kinbridge.cases.closure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/** Reopen a closed case, saying why. */
public record ReopenCase(@TargetAggregateIdentifier String caseId, String reason, Acting by) {
}
