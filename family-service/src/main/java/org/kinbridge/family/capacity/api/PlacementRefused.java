package org.kinbridge.family.capacity.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * A decided placement could not take a place with the caregiver; matching ends it.
 *
 * @param placementId matching's placement id
 * @param state the caregiver's state when it refused, e.g. {@code ELIGIBLE} or
 * {@code SUSPENDED}
 * @param capacity the caregiver's capacity then
 * @param placed the places taken then
 * @param by the chair who decided the placement
 */
@Revision("1")
public record PlacementRefused(String caregiverId, String provinceCode, String communeCode, String placementId,
		RefusalReason reason, String state, int capacity, int placed, Acting by) {
}
