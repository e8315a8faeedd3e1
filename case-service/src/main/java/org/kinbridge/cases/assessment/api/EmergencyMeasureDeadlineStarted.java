package org.kinbridge.cases.assessment.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Serious harm was found, so an emergency measure or temporary separation is due within
 * the province's limit in clock hours of the report's receipt (Decree 56/2017 Art. 26 cl.
 * 3: 12 hours nationally).
 */
@Revision("1")
public record EmergencyMeasureDeadlineStarted(String caseId, Instant receivedAt, int limitHours, Instant dueAt) {
}
