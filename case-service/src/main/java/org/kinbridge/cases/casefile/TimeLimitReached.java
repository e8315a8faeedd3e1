package org.kinbridge.cases.casefile;

import java.time.Instant;

/**
 * The payload of a scheduled case deadline; the deadline's name says which time limit it
 * is. Kept by the deadline store until it fires, so its shape stays stable.
 */
public record TimeLimitReached(String caseId, Instant dueAt) {
}
