package org.kinbridge.family.reading;

import java.time.Instant;
import java.time.LocalDate;

import org.kinbridge.family.vetting.api.CheckKind;
import org.kinbridge.family.vetting.api.CheckOutcome;
import org.kinbridge.family.vetting.api.Evidence;
import org.kinbridge.family.vetting.api.ForeignResidence;

/**
 * One recorded vetting check in a caregiver's file; a later entry of the same kind and
 * subject replaces it, and both stay in the history.
 */
public record CheckEntry(CheckKind kind, String subject, CheckOutcome outcome, Evidence evidence,
		ForeignResidence residence, String note, LocalDate expiresOn, String verifiedBy, String verifiedByRole,
		Instant verifiedAt) {
}
