package org.kinbridge.cases.alternativecare.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/** List a relative of the children as a possible kinship carer. */
public record AddRelative(@TargetAggregateIdentifier String caseId, String relativeId, RelativeDetails relative,
		Acting by) {
}
