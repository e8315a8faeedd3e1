package org.kinbridge.family.capacity.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * A placement ended before the caregiver heard of its decision (the events arrived out of
 * order). No place changes; the placement is remembered as ended so that its late
 * decision takes none.
 *
 * @param placementId matching's placement id
 */
@Revision("1")
public record PlacementEndNoted(String caregiverId, String provinceCode, String communeCode, String placementId,
		Acting by) {
}
