package org.kinbridge.cases.alternativecare.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Confirm that the children of a need are eligible for alternative care (Circular 14/2020
 * Art. 5), once every item of the checklist is met; matching-service is then told.
 *
 * @param note anything the decision adds to the reason recorded with the need
 */
public record ConfirmEligibility(@TargetAggregateIdentifier String caseId, String needId, String note, Acting by) {
}
