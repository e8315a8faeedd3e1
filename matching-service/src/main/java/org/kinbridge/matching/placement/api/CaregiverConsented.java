package org.kinbridge.matching.placement.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The caregiver consented to receive the child (CAREGIVER_CONFIRMED). */
@Revision("1")
public record CaregiverConsented(PlacementRef placement, LocalDate consentedOn, String note,
		Acting by) implements PlacementEvent {
}
