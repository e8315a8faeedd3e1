package org.kinbridge.family.vetting.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The payload of the deadline that warns before a check's evidence ends.
 *
 * @param warnAt when the warning is due
 */
public record EvidenceExpiryDue(CheckKind kind, String subject, LocalDate expiresOn, Instant warnAt) {
}
