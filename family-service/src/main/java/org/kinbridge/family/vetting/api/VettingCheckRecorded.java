package org.kinbridge.family.vetting.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * A check was verified, with its evidence, by whom and when.
 *
 * @param expiresOn the last day the check holds, from the province's periods at the time
 * of verification, or {@code null} when it does not expire
 */
@Revision("1")
public record VettingCheckRecorded(String caregiverId, CheckKind kind, String subject, CheckOutcome outcome,
		Evidence evidence, ForeignResidence residence, String note, LocalDate expiresOn, Acting by) {
}
