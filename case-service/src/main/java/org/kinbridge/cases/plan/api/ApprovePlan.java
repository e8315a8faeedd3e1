package org.kinbridge.cases.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/** Approve the submitted plan (Form 05), on a legal basis, with an optional note. */
public record ApprovePlan(@TargetAggregateIdentifier String caseId, String note, String legalBasis, Acting by) {
}
