package org.kinbridge.family.registration.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * A caregiver's registration was received by the commune: who applies, who lives with
 * them, what they offer, and who recorded it where and when.
 */
@Revision("1")
public record CaregiverRegistered(String caregiverId, String provinceCode, String communeCode,
		RegistrationProcedure procedure, Address address, Person applicant, Person coApplicant,
		List<HouseholdMember> household, Contact contact, List<CareType> careTypes, KinshipLink kinship, int capacity,
		Preferences preferences, List<String> languages, String ethnicity, String religion, Acting by) {
}
