package org.kinbridge.family.decision.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/** The applicant withdrew before a decision. */
@Revision("1")
public record RegistrationWithdrawn(String caregiverId, String reason, Acting by) {
}
