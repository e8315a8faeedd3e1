package org.kinbridge.cases.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Accept a referral: a service's acceptance, recorded by the case's officer with who at
 * the service answered; or the receiving commune or province's own acceptance of a
 * transfer, which hands the case over to it.
 *
 * @param respondent who at the service answered; required for services
 * @param note anything the answer added, or {@code null}
 * @param legalBasis the provisions a handover rests on; required for a transfer
 */
public record AcceptReferral(@TargetAggregateIdentifier String caseId, String referralId, AgencyRespondent respondent,
		String note, String legalBasis, Acting by) {
}
