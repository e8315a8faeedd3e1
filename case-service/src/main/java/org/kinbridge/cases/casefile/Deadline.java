package org.kinbridge.cases.casefile;

import java.time.Instant;

/**
 * A time limit running on a case, as the case list shows it: the 12-hour emergency rule,
 * the 5 working days for the plan, and the like. Open until met; a missed deadline stays
 * open, and so overdue, until it is met.
 *
 * @param kind which time limit, such as {@code EMERGENCY_12H}
 * @param dueAt when it falls due
 * @param metAt when it was met, {@code null} while open
 * @param missedAt when it was recorded as missed, {@code null} otherwise
 */
public record Deadline(String kind, Instant dueAt, Instant metAt, Instant missedAt) {
}
