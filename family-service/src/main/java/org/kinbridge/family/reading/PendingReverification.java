package org.kinbridge.family.reading;

import java.time.Instant;

import org.kinbridge.family.vetting.api.CheckKind;

/**
 * A check a household change made doubtful, waiting to be recorded again.
 *
 * @param changeId the household change that made it doubtful
 * @param since when the change was recorded
 */
public record PendingReverification(CheckKind kind, String subject, String changeId, Instant since) {
}
