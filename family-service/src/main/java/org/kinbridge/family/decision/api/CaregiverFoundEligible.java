package org.kinbridge.family.decision.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * The caregiver was found eligible and is on the commune register; {@code profile} is
 * what matching learns of them.
 */
@Revision("1")
public record CaregiverFoundEligible(String caregiverId, String provinceCode, String communeCode, String decisionNumber,
		String note, String legalBasis, MatchingProfile profile, Acting by) {
}
