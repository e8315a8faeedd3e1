package org.kinbridge.cases.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Revise the approved plan; the revision is a new version that is submitted and approved
 * again.
 */
public record RevisePlan(@TargetAggregateIdentifier String caseId, SupportPlan plan, String reason, Acting by) {
}
