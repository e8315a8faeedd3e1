package org.kinbridge.cases.plan.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * A new version of the plan was drafted from the approved one, for a reason; the approved
 * version stays in force until the new one is approved.
 */
@Revision("1")
public record PlanRevised(String caseId, int version, SupportPlan plan, String reason, Acting by) {
}
