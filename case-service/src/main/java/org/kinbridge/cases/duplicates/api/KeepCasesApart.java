package org.kinbridge.cases.duplicates.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Clear a possible-duplicate flag: the officer checked, and the two cases are about
 * different children or different events.
 *
 * @param caseId the flagged case
 * @param otherCaseId the case it was thought to duplicate
 */
public record KeepCasesApart(@TargetAggregateIdentifier String caseId, String otherCaseId, String reason, Acting by) {
}
