package org.kinbridge.cases.closure.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * The case was closed for a reason. Open time limits stop running.
 *
 * @param closedInState the step the case had reached, to which a reopening returns it
 */
@Revision("1")
public record CaseClosed(String caseId, ClosureReason reason, String details, String legalBasis, String closedInState,
		Acting by) {
}
