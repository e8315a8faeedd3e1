package org.kinbridge.cases.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/** Submit the drafted plan to the chair of the commune People's Committee. */
public record SubmitPlan(@TargetAggregateIdentifier String caseId, Acting by) {
}
