package org.kinbridge.cases.duplicates.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * The possible-duplicate flag was cleared: the two cases stay separate, for the reason
 * given.
 */
@Revision("1")
public record CasesKeptApart(String caseId, String otherCaseId, String reason, Acting by) {
}
