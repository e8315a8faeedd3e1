package org.kinbridge.matching.placement;

import java.time.Instant;

/**
 * The payload of a scheduled placement deadline; the deadline's name says which time
 * limit it is. Kept by the deadline store until it fires, so its shape stays stable.
 *
 * @param id the placement, or for a held place the placement it was held for
 */
public record TimeLimitReached(String id, Instant dueAt) {
}
