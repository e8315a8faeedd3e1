package org.kinbridge.cases.assessment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/** Record an emergency measure or temporary separation applied for the child. */
public record RecordEmergencyMeasure(@TargetAggregateIdentifier String caseId, EmergencyMeasureKind kind,
		String description, String legalBasis, Acting by) {
}
