package org.kinbridge.cases.assessment.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The alert: no emergency measure was recorded in time for a child found at serious risk.
 * It names the province and commune, so that whoever is alerted needs no look-up.
 */
@Revision("1")
public record EmergencyMeasureDeadlineMissed(String caseId, String provinceCode, String communeCode, Instant receivedAt,
		Instant dueAt) {
}
