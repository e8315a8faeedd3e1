package org.kinbridge.family.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.communes.CommuneGiven;
import org.kinbridge.family.communes.KnownCommune;
import org.kinbridge.family.registration.api.Address;
import org.kinbridge.family.registration.api.CareType;
import org.kinbridge.family.registration.api.Consent;
import org.kinbridge.family.registration.api.Contact;
import org.kinbridge.family.registration.api.HouseholdMember;
import org.kinbridge.family.registration.api.KinRelation;
import org.kinbridge.family.registration.api.KinshipLink;
import org.kinbridge.family.registration.api.Person;
import org.kinbridge.family.registration.api.Preferences;
import org.kinbridge.family.registration.api.RegisterCaregiver;
import org.kinbridge.family.registration.api.Relation;
import org.kinbridge.family.registration.api.Sex;
import org.kinbridge.family.vetting.api.Subjects;

/**
 * The body of {@code POST /api/families/caregivers}: Form 08, or a relative's kinship
 * notification when {@code kinship} names the child's case. Only the applicant, the
 * commune, the care offered, the capacity, the languages, the ethnicity and the religion
 * are required; a household without {@code household} members is the applicant alone.
 *
 * @param communeCode the commune where the caregiver lives and registers, a commune of
 * the caller's province in the administrative-unit register on {@code address.validOn}
 * @param address the rest of the address and the date on which the commune code was valid
 * (today if left out)
 */
@KnownCommune
public record RegistrationRequest(@NotNull @Valid PersonRequest applicant, @Valid PersonRequest coApplicant,
		@Size(max = 20) List<@NotNull @Valid MemberRequest> household,
		@NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String communeCode,
		@Valid AddressRequest address,
		@Pattern(regexp = "\\+?[0-9 ]{8,15}", message = "must be a phone number") String phone,
		@Email @Size(max = 120) String email, @NotEmpty @Size(max = 4) List<@NotNull CareType> careTypes,
		@Valid KinshipRequest kinship, @Min(1) @Max(10) int capacity, @Valid PreferencesRequest preferences,
		@NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2,3}",
				message = "must be an ISO 639 code") String> languages,
		@NotBlank @Size(max = 40) @Pattern(regexp = CODE, message = CODE_MESSAGE) String ethnicity,
		@NotBlank @Size(max = 40) @Pattern(regexp = CODE, message = CODE_MESSAGE) String religion)
		implements
			CommuneGiven {

	/** Code-list values: upper case, digits and underscores, e.g. {@code HOA_HAO}. */
	static final String CODE = "[A-Z][A-Z0-9_]*";

	static final String CODE_MESSAGE = "must be a code in capitals, e.g. HOA_HAO";

	/**
	 * The commune code must be valid on the day the address says it was.
	 */
	@Override
	public LocalDate communeValidOn() {
		return (this.address != null) ? this.address.validOn() : null;
	}

	RegisterCaregiver toCommand(String caregiverId, Acting by) {
		List<HouseholdMember> members = new ArrayList<>();
		List<MemberRequest> given = (this.household != null) ? this.household : List.of();
		for (int i = 0; i < given.size(); i++) {
			members.add(given.get(i).toMember(Subjects.member(i + 1)));
		}
		LocalDate validOn = (this.address != null && this.address.validOn() != null) ? this.address.validOn() : by.on();
		String line = (this.address != null) ? stripped(this.address.line()) : null;
		return new RegisterCaregiver(caregiverId, new Address(this.communeCode, validOn, line),
				this.applicant.toPerson(), (this.coApplicant != null) ? this.coApplicant.toPerson() : null, members,
				new Contact(stripped(this.phone), stripped(this.email)), this.careTypes.stream().distinct().toList(),
				(this.kinship != null) ? this.kinship.toLink() : null, this.capacity,
				(this.preferences != null) ? this.preferences.toPreferences() : Preferences.NONE,
				this.languages.stream().distinct().toList(), this.ethnicity, this.religion, by);
	}

	static String stripped(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * @param nationality ISO 3166-1 alpha-2; Vietnamese ({@code VN}) if left out
	 * @param identityNumber CCCD or passport number; it never leaves family-service
	 */
	public record PersonRequest(@NotBlank @Size(max = 120) String fullName, @NotNull @Past LocalDate dateOfBirth,
			@NotNull Sex sex,
			@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code, e.g. VN") String nationality,
			@Pattern(regexp = "[0-9A-Z]{6,20}",
					message = "must be 6 to 20 capital letters or digits") String identityNumber) {

		Person toPerson() {
			return new Person(this.fullName.strip(), this.dateOfBirth, this.sex,
					(this.nationality != null) ? this.nationality : Person.VIETNAMESE, this.identityNumber);
		}

	}

	public record MemberRequest(@NotBlank @Size(max = 120) String fullName,
			@NotNull @PastOrPresent LocalDate dateOfBirth, @NotNull Sex sex, @NotNull Relation relation,
			@NotNull @Valid ConsentRequest consent) {

		public HouseholdMember toMember(String memberId) {
			return new HouseholdMember(memberId, this.fullName.strip(), this.dateOfBirth, this.sex, this.relation,
					new Consent(this.consent.given(), this.consent.recordedOn(),
							stripped(this.consent.evidenceReference())));
		}

	}

	/**
	 * @param given whether the member agreed
	 * @param recordedOn when the agreement (or refusal) was recorded
	 */
	public record ConsentRequest(@NotNull Boolean given, @NotNull @PastOrPresent LocalDate recordedOn,
			@Size(max = 100) String evidenceReference) {
	}

	public record AddressRequest(@Size(max = 300) String line, @PastOrPresent LocalDate validOn) {
	}

	public record KinshipRequest(
			@NotNull @Pattern(regexp = "case-[0-9a-f-]{36}", message = "must be a case id") String caseId,
			@NotBlank @Size(max = 120) String childName, @NotNull KinRelation relationToChild) {

		KinshipLink toLink() {
			return new KinshipLink(this.caseId, this.childName.strip(), this.relationToChild);
		}

	}

	public record PreferencesRequest(@Min(0) @Max(17) Integer minAge, @Min(0) @Max(17) Integer maxAge,
			@Size(max = 2) List<@NotNull Sex> sexes, boolean siblingGroups,
			@Size(max = 20) List<@NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String> needs) {

		@AssertTrue(message = "the youngest age cannot be above the oldest")
		public boolean isAgeRangeInOrder() {
			return this.minAge == null || this.maxAge == null || this.minAge <= this.maxAge;
		}

		Preferences toPreferences() {
			return new Preferences(this.minAge, this.maxAge,
					(this.sexes != null) ? this.sexes.stream().distinct().toList() : List.of(), this.siblingGroups,
					(this.needs != null) ? this.needs.stream().distinct().toList() : List.of());
		}

	}

}
