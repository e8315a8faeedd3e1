package org.kinbridge.cases.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Record that a service turned a referral down, or turn down a transfer as the receiving
 * commune or province; always with a reason.
 *
 * @param respondent who at the service answered; required for services
 */
public record RejectReferral(@TargetAggregateIdentifier String caseId, String referralId, String reason,
		AgencyRespondent respondent, Acting by) {
}
