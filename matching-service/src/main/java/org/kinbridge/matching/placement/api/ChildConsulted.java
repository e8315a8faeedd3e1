package org.kinbridge.matching.placement.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The child was consulted (CHILD_CONSULTED when the child agrees).
 *
 * @param ageOnThatDay the child's age on the day of consultation, {@code null} if unknown
 */
@Revision("1")
public record ChildConsulted(PlacementRef placement, LocalDate consultedOn, Integer ageOnThatDay, String opinion,
		boolean agrees, Acting by) implements PlacementEvent {
}
