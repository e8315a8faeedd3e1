package org.kinbridge.matching.placement.api;

import org.axonframework.serialization.Revision;

/**
 * A caregiver's standing changed; open proposals and decided placements with a caregiver
 * who is no longer eligible cannot go ahead.
 */
@Revision("1")
public record CaregiverStandingChanged(String caregiverId, String provinceCode, Standing standing, Standing previous,
		Acting by) {
}
