package org.kinbridge.cases.duplicates.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Close a case flagged as a possible duplicate as merged into the case it duplicates,
 * which goes on. Both keep their history.
 *
 * @param caseId the flagged case, which is closed
 * @param intoCaseId the case it duplicates, which goes on
 * @param reason why the officer judged them to be the same
 */
public record MergeCaseInto(@TargetAggregateIdentifier String caseId, String intoCaseId, String intoCaseNumber,
		String reason, Acting by) {
}
