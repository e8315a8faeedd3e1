package org.kinbridge.cases.alternativecare.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Record in the case that a decided or running placement ended.
 *
 * @param reason matching-service's reason, such as {@code RETURNED_TO_PARENTS}
 */
public record RecordPlacementEnd(@TargetAggregateIdentifier String caseId, PlacementRef placement, String reason,
		String legalBasis, String note, LocalDate endedOn, String inputEventId, Acting by) {
}
