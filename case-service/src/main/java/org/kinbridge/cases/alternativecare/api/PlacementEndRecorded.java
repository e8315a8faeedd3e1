package org.kinbridge.cases.alternativecare.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** A decided or running placement of the child ended on {@code endedOn}. */
@Revision("1")
public record PlacementEndRecorded(String caseId, PlacementRef placement, String reason, String legalBasis, String note,
		LocalDate endedOn, String inputEventId, Acting by) {
}
