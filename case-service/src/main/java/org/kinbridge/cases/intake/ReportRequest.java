package org.kinbridge.cases.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinbridge.cases.intake.api.Concern;
import org.kinbridge.cases.intake.api.ReportChannel;
import org.kinbridge.cases.intake.api.ReporterRelation;
import org.kinbridge.cases.intake.api.Sex;

/**
 * The body of {@code POST /api/cases/reports}: Form 01 as the receiving officer fills it
 * in. Codes of communes and special circumstances are checked against the registers of
 * the caller's province by {@link ReportReferencesValidator}.
 *
 * @param communeCode the commune that takes the case on
 * @param summary what was reported, in the reporter's words
 */
@ValidReportReferences
public record ReportRequest(@NotNull ReportChannel channel, @NotNull @PastOrPresent OffsetDateTime receivedAt,
		@Valid ReporterRequest reporter,
		@NotNull @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode,
		@Size(max = 4000) String summary, @NotEmpty @Size(max = 12) List<@NotNull @Valid ChildRequest> children) {

	static final String COMMUNE_CODE = "\\d{5}";

	static final String COMMUNE_CODE_MESSAGE = "must be a 5-digit commune code";

	static final String CODE = "[A-Z][A-Z0-9_]{1,39}";

	/**
	 * Who reported. Leaving it out, or {@code anonymous: true}, records an anonymous
	 * report; an anonymous reporter's name, phone and address are not kept even if sent.
	 *
	 * @param relationToChild how the reporter knows the child (Form 01), when they say
	 */
	public record ReporterRequest(boolean anonymous, @Size(max = 120) String name,
			@Pattern(regexp = "\\+?[0-9 ]{8,15}", message = "must be a phone number") String phone,
			@Size(max = 300) String address, ReporterRelation relationToChild) {

		@AssertTrue(message = "give the reporter's name, or mark the report anonymous")
		public boolean isNamedUnlessAnonymous() {
			return this.anonymous || (this.name != null && !this.name.isBlank());
		}

	}

	/**
	 * A child the report is about.
	 *
	 * @param residenceCommuneCode where the child lives; the report's commune when left
	 * out
	 * @param incidentCommuneCode where the incident happened; the report's commune when
	 * left out
	 * @param hasDisability yes or no; left out when not known
	 */
	public record ChildRequest(@NotBlank @Size(max = 120) String fullName, @NotNull Sex sex,
			@PastOrPresent LocalDate dateOfBirth, @Min(0) @Max(17) Integer estimatedAge,
			@Pattern(regexp = CODE, message = "must be an upper-case code such as KINH or KHMER") String ethnicity,
			@Pattern(regexp = CODE, message = "must be an upper-case code such as NONE or BUDDHISM") String religion,
			@Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code such as vi") String language,
			Boolean hasDisability, @Size(max = 1000) String disabilityDescription,
			@Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String residenceCommuneCode,
			@Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String incidentCommuneCode,
			@NotEmpty List<@NotNull Concern> concerns,
			@Size(max = 14) List<@NotNull @Valid SpecialCircumstanceRequest> specialCircumstances) {

		@AssertTrue(message = "give the date of birth or an estimated age")
		public boolean isAgeKnown() {
			return this.dateOfBirth != null || this.estimatedAge != null;
		}

		@AssertTrue(message = "describe a disability only when hasDisability is true")
		public boolean isDisabilityDescribedOnlyIfPresent() {
			return this.disabilityDescription == null || this.disabilityDescription.isBlank()
					|| Boolean.TRUE.equals(this.hasDisability);
		}

	}

	/**
	 * A special-circumstance group (Law on Children Art. 10) and, when known, its
	 * sub-group (Decree 56/2017), as codes of the province's code list.
	 */
	public record SpecialCircumstanceRequest(
			@NotBlank @Pattern(regexp = CODE, message = "must be a group code such as ORPHANED") String group,
			@Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}\\.[A-Z][A-Z0-9_]{1,59}",
					message = "must be a sub-group code such as ORPHANED.WITH_RELATIVES") String subGroup) {
	}

}
