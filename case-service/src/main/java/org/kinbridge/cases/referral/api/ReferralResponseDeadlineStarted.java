package org.kinbridge.cases.referral.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The target of a referral must answer it within the sending province's number of working
 * days.
 */
@Revision("1")
public record ReferralResponseDeadlineStarted(String caseId, String referralId, Instant startedAt, int workingDays,
		Instant dueAt) {
}
