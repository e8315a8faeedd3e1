package org.kinbridge.cases.plan.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The plan must be drafted and submitted to the commune chair within the province's
 * number of working days (Decree 56/2017 Art. 28 cl. 1: 5 nationally). Never started for
 * an emergency case, which the decree exempts.
 */
@Revision("1")
public record PlanDraftingDeadlineStarted(String caseId, PlanDraftingStart countedFrom, Instant startedAt,
		int workingDays, Instant dueAt) {
}
