package org.kinbridge.cases.plan.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** The commune chair returned a version of the plan for redrafting, with a reason. */
@Revision("1")
public record PlanReturned(String caseId, int version, String reason, Acting by) {
}
