package org.kinbridge.family.vetting;

import java.util.List;
import java.util.Optional;

import org.kinbridge.family.registration.api.HouseholdMember;
import org.kinbridge.family.registration.api.Person;
import org.kinbridge.family.registration.api.RegistrationProcedure;
import org.kinbridge.family.vetting.api.Subjects;

/**
 * The people a checklist is about, and the procedure that decides how long it is.
 *
 * @param coApplicant {@code null} for a single applicant
 */
public record Household(RegistrationProcedure procedure, Person applicant, Person coApplicant,
		List<HouseholdMember> members) {

	public Household {
		members = (members == null) ? List.of() : List.copyOf(members);
	}

	/**
	 * @param subject {@code applicant} or {@code co-applicant}
	 * @return the applicant the subject names, if there is one
	 */
	public Optional<Person> applicant(String subject) {
		if (Subjects.APPLICANT.equals(subject)) {
			return Optional.of(this.applicant);
		}
		if (Subjects.CO_APPLICANT.equals(subject)) {
			return Optional.ofNullable(this.coApplicant);
		}
		return Optional.empty();
	}

	public Optional<HouseholdMember> member(String subject) {
		return this.members.stream().filter(member -> member.memberId().equals(subject)).findFirst();
	}

	/**
	 * @return the household with one more member
	 */
	public Household withMember(HouseholdMember joining) {
		List<HouseholdMember> after = new java.util.ArrayList<>(this.members);
		after.add(joining);
		return new Household(this.procedure, this.applicant, this.coApplicant, after);
	}

	/**
	 * @return the household without the member of this id
	 */
	public Household withoutMember(String memberId) {
		return new Household(this.procedure, this.applicant, this.coApplicant,
				this.members.stream().filter(member -> !member.memberId().equals(memberId)).toList());
	}

	/**
	 * @return applicants and household members together
	 */
	public int size() {
		return 1 + ((this.coApplicant != null) ? 1 : 0) + this.members.size();
	}

}
