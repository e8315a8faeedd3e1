package org.kinbridge.cases.alternativecare.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A child turned 16 while placed in alternative care: the placement needs a decision.
 */
@Revision("1")
public record ChildTurned16InCare(String caseId, PlacementRef placement, LocalDate turnedOn) {
}
