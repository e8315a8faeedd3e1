package org.kinbridge.cases.alternativecare.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/** Record in the case that the child was handed over and lives with the caregiver. */
public record RecordPlacementStart(@TargetAggregateIdentifier String caseId, PlacementRef placement, CareType careType,
		LocalDate startedOn, String inputEventId, Acting by) {
}
