package org.kinbridge.family.vetting.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The evidence of a check in force ends within the province's warning period: the commune
 * must verify it again before it does, or the caregiver can no longer be found eligible
 * or reinstated. Raised by a scheduled deadline, not by a person.
 *
 * @param expiresOn the last day the check holds
 * @param raisedAt when the warning was due
 */
@Revision("1")
public record ReverificationDue(String caregiverId, String provinceCode, String communeCode, CheckKind kind,
		String subject, LocalDate expiresOn, Instant raisedAt) {
}
