package org.kinbridge.cases.assessment.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * An emergency measure or temporary separation was applied, on which legal basis.
 *
 * @param withinTimeLimit whether it met an open emergency-measure time limit;
 * {@code false} when none was open or it had already been missed
 */
@Revision("1")
public record EmergencyMeasureRecorded(String caseId, EmergencyMeasureKind kind, String description, String legalBasis,
		boolean withinTimeLimit, Acting by) {
}
