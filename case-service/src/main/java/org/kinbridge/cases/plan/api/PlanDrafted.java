package org.kinbridge.cases.plan.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * A version of the plan was drafted (Form 04); a redraft replaces the version's content.
 */
@Revision("1")
public record PlanDrafted(String caseId, int version, SupportPlan plan, Acting by) {
}
