package org.kinbridge.cases.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Record what came of an accepted referral.
 *
 * @param respondent who at the service reported the outcome; required for services
 */
public record CompleteReferral(@TargetAggregateIdentifier String caseId, String referralId, String outcome,
		AgencyRespondent respondent, Acting by) {
}
