package org.kinbridge.cases.plan.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** The commune chair approved a version of the plan (Form 05); it is now carried out. */
@Revision("1")
public record PlanApproved(String caseId, int version, String note, String legalBasis, Acting by) {
}
