package org.kinbridge.cases.plan.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** A version of the plan awaits the commune chair's decision. */
@Revision("1")
public record PlanSubmitted(String caseId, int version, Acting by) {
}
