package org.kinbridge.cases.alternativecare.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/** Record in the case the chair's decision to place the child with the caregiver. */
public record RecordPlacementDecision(@TargetAggregateIdentifier String caseId, PlacementRef placement,
		CareType careType, String decisionNumber, String reason, String legalBasis, LocalDate handoverDueOn,
		String inputEventId, Acting by) {
}
