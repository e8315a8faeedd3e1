package org.kinbridge.cases.alternativecare.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Replace what is known of a relative: the assessment, the notification and the answer,
 * and the caregiver id once they registered.
 */
public record UpdateRelative(@TargetAggregateIdentifier String caseId, String relativeId, RelativeDetails relative,
		Acting by) {
}
