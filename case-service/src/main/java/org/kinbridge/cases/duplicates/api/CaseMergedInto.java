package org.kinbridge.cases.duplicates.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * The case was a duplicate and is merged into another case; a {@code CaseClosed} with the
 * reason {@code MERGED} follows. Its own history stays readable under its own id.
 */
@Revision("1")
public record CaseMergedInto(String caseId, String intoCaseId, String intoCaseNumber, String reason, Acting by) {
}
