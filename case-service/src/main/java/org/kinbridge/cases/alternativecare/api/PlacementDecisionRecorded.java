package org.kinbridge.cases.alternativecare.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** The chair decided to place the child with the caregiver (giao, nhận). */
@Revision("1")
public record PlacementDecisionRecorded(String caseId, PlacementRef placement, CareType careType, String decisionNumber,
		String reason, String legalBasis, LocalDate handoverDueOn, String inputEventId, Acting by) {
}
