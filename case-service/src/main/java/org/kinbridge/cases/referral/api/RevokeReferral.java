package org.kinbridge.cases.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/** Withdraw a referral the case's officers sent, saying why. */
public record RevokeReferral(@TargetAggregateIdentifier String caseId, String referralId, String reason, Acting by) {
}
