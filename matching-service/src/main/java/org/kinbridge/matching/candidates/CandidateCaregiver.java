package org.kinbridge.matching.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A caregiver as matching sees one: the matching profile published by family-service, the
 * places free now, and where the caregiver stands on the commune register. Names come
 * only from the registration; the approval's profile carries none.
 *
 * @param caregiverId the caregiver aggregate id
 * @param provinceCode the tenant
 * @param communeCode the commune where the caregiver lives
 * @param fullName the applicant's name from the registration, or {@code null} if the
 * registration was not seen
 * @param dateOfBirth the applicant's date of birth, for the age rules of the shortlist
 * @param sex the applicant's sex
 * @param careTypes the kinds of care offered, for example {@code KINSHIP}
 * @param kinCaseId the case of the child a relative registered for, or {@code null}
 * @param capacity how many children the household can take at once
 * @param placed how many places placements take
 * @param freeCapacity places free now
 * @param preferences which children the caregiver feels able to care for, or {@code null}
 * before approval
 * @param languages ISO 639 codes of the languages spoken at home
 * @param ethnicity the ethnic group
 * @param religion the religion, or {@code NONE}
 * @param householdSize applicants and household members together, 0 before approval
 * @param state where the caregiver stands on the register
 * @param registeredAt when the registration was recorded
 * @param approvedAt when the chair found the caregiver eligible
 * @param capacityAsOf the time of the capacity figures above, to refuse older ones
 * @param standingAsOf the time of the state above, to refuse older changes
 * @param lastEventId the id of the last event that changed this caregiver
 */
@Document(CandidateCaregiver.COLLECTION)
public record CandidateCaregiver(@Id String caregiverId, String provinceCode, String communeCode, String fullName,
		LocalDate dateOfBirth, String sex, List<String> careTypes, String kinCaseId, int capacity, int placed,
		int freeCapacity, Preferences preferences, List<String> languages, String ethnicity, String religion,
		int householdSize, CandidateState state, Instant registeredAt, Instant approvedAt, Instant capacityAsOf,
		Instant standingAsOf, String lastEventId) {

	public static final String COLLECTION = "candidate_caregivers";

	/**
	 * @return whether the caregiver can be shortlisted at all
	 */
	public boolean isEligible() {
		return this.state == CandidateState.ELIGIBLE;
	}

	/**
	 * Which children the caregiver feels able to care for.
	 *
	 * @param minAge the youngest age in years, or {@code null} for any
	 * @param maxAge the oldest age in years, or {@code null} for any
	 * @param sexes {@code MALE} and/or {@code FEMALE}, empty for any
	 * @param siblingGroups whether brothers and sisters can come together
	 * @param needs codes of the disabilities and needs they can care for
	 */
	public record Preferences(Integer minAge, Integer maxAge, List<String> sexes, boolean siblingGroups,
			List<String> needs) {
	}

}
