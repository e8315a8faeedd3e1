package org.kinbridge.cases.closure.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * A closed case was reopened for a reason and is back at the step where it was closed.
 *
 * @param resumedState that step
 */
@Revision("1")
public record CaseReopened(String caseId, String reason, String resumedState, Acting by) {
}
