package org.kinbridge.family.vetting.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * A sibling of {@link ReverificationDue}: not the evidence running out, but a change in
 * the household makes a check doubtful. It stays pending until the check is recorded
 * again; meanwhile the caregiver cannot be found eligible or reinstated.
 *
 * @param changeId the household change that made the check doubtful
 * @param raisedAt when the change was recorded
 */
@Revision("1")
public record ReverificationRequired(String caregiverId, String provinceCode, String communeCode, CheckKind kind,
		String subject, String changeId, Instant raisedAt) {
}
