package org.kinbridge.family.decision.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/** The caregiver was found ineligible, for a reason, on a legal basis. */
@Revision("1")
public record CaregiverFoundIneligible(String caregiverId, String decisionNumber, String reason, String legalBasis,
		Acting by) {
}
