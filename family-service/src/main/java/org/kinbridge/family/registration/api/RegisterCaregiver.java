package org.kinbridge.family.registration.api;

import java.util.List;

import org.kinbridge.family.caregiver.api.Acting;

/**
 * Đăng ký nhận chăm sóc thay thế (Form 08): a person or family asks the commune where
 * they live to be considered as alternative caregivers. The caregiver belongs to the
 * province of the officer who registers it and to the commune of its address.
 *
 * @param coApplicant the second applicant of a family, or {@code null}
 * @param household everyone else who lives in the home
 * @param kinship the child a relative registers for, or {@code null}
 */
public record RegisterCaregiver(String caregiverId, Address address, Person applicant, Person coApplicant,
		List<HouseholdMember> household, Contact contact, List<CareType> careTypes, KinshipLink kinship, int capacity,
		Preferences preferences, List<String> languages, String ethnicity, String religion, Acting by) {
}
