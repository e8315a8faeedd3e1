package org.kinbridge.cases.alternativecare.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/** End a need for alternative care, saying why; a note is required for OTHER. */
public record EndAlternativeCareNeed(@TargetAggregateIdentifier String caseId, String needId, NeedEndReason reason,
		String note, Acting by) {
}
