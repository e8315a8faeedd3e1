package org.kinbridge.family.standing.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * The caregiver left the commune register.
 *
 * @param removedInState the state the caregiver was in, {@code ELIGIBLE} or
 * {@code SUSPENDED}
 */
@Revision("1")
public record CaregiverRemoved(String caregiverId, String provinceCode, String communeCode, RemovalReason reason,
		String details, String legalBasis, String removedInState, Acting by) {
}
