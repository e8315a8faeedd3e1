package org.kinbridge.cases.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/** Draft the support and intervention plan, or redraft it before it is submitted. */
public record DraftPlan(@TargetAggregateIdentifier String caseId, SupportPlan plan, Acting by) {
}
