package org.kinbridge.cases.alternativecare.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** The child was handed over and lives with the caregiver from {@code startedOn}. */
@Revision("1")
public record PlacementStartRecorded(String caseId, PlacementRef placement, CareType careType, LocalDate startedOn,
		String inputEventId, Acting by) {
}
