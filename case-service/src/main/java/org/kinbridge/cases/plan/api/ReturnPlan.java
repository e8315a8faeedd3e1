package org.kinbridge.cases.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/** Send the submitted plan back to its drafter, saying why. */
public record ReturnPlan(@TargetAggregateIdentifier String caseId, String reason, Acting by) {
}
