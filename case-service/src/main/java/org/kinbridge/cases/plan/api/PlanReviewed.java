package org.kinbridge.cases.plan.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** The approved plan was reviewed: the progress made, and when it is next reviewed. */
@Revision("1")
public record PlanReviewed(String caseId, int version, LocalDate reviewedOn, String progress, LocalDate nextReviewOn,
		Acting by) {
}
