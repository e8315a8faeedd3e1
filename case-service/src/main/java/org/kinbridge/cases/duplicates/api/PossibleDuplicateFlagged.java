package org.kinbridge.cases.duplicates.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * The case may be a duplicate of another case of the same commune; the flag stays until
 * an officer merges the two or keeps them apart.
 *
 * @param by the person who took in the report, on whose behalf the check ran
 */
@Revision("1")
public record PossibleDuplicateFlagged(String caseId, String otherCaseId, String otherCaseNumber,
		List<DuplicateCandidate.ChildMatch> matches, Acting by) {
}
