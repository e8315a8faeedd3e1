package org.kinbridge.cases.plan.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** No plan was submitted to the commune chair within the drafting time limit. */
@Revision("1")
public record PlanDraftingDeadlineMissed(String caseId, String provinceCode, String communeCode, Instant dueAt) {
}
