package org.kinbridge.cases.plan.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/** Record a periodic review of the plan being carried out. */
public record RecordPlanReview(@TargetAggregateIdentifier String caseId, LocalDate reviewedOn, String progress,
		LocalDate nextReviewOn, Acting by) {
}
