package org.kinbridge.cases.referral;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinbridge.cases.referral.api.ChildOpinion;
import org.kinbridge.cases.referral.api.ConsentForm;
import org.kinbridge.cases.referral.api.ConsentGiver;
import org.kinbridge.cases.referral.api.ConsentOverride;
import org.kinbridge.cases.referral.api.OverrideGround;
import org.kinbridge.cases.referral.api.ParentalConsent;
import org.kinbridge.cases.referral.api.ReferralTarget;
import org.kinbridge.cases.referral.api.ReferralTargetType;
import org.kinbridge.cases.referral.api.SharedItem;

/**
 * The body of {@code POST /api/cases/{caseId}/referrals}. Whether consent and the
 * children's opinions suffice depends on the children's ages, which the case knows: the
 * case answers that with 422 naming the fields.
 *
 * @param childIds the referred children, by the ids the case gave them
 * @param purpose what the target is asked to do, and why
 * @param sharedItems what of the case the target may see: only what it needs
 * @param consent the consent of a parent or guardian; left out only with an override
 * @param childOpinions the opinions of the referred children who were asked
 * @param override the legal ground for going without consent, or {@code null}
 */
@ValidReferralTarget
public record ReferralRequest(@NotNull @Valid TargetRequest target,
		@NotEmpty @Size(max = 12) List<@NotBlank @Size(max = 80) String> childIds,
		@NotBlank @Size(max = 2000) String purpose, @Size(max = 500) String legalBasis,
		@NotEmpty @Size(max = 6) List<@NotNull SharedItem> sharedItems, @Valid ConsentRequest consent,
		@Size(max = 12) List<@NotNull @Valid OpinionRequest> childOpinions, @Valid OverrideRequest override) {

	static final String PROVINCE_CODE = "\\d{2}";

	static final String COMMUNE_CODE = "\\d{5}";

	@AssertTrue(message = "give each child's opinion once")
	public boolean isOneOpinionPerChild() {
		return this.childOpinions == null || this.childOpinions.stream()
			.filter((opinion) -> opinion != null && opinion.childId() != null)
			.map(OpinionRequest::childId)
			.distinct()
			.count() == this.childOpinions.stream()
				.filter((opinion) -> opinion != null && opinion.childId() != null)
				.count();
	}

	ReferralTarget toTarget() {
		return new ReferralTarget(this.target.type(), this.target.name().strip(), this.target.provinceCode(),
				this.target.communeCode());
	}

	ParentalConsent toConsent() {
		return (this.consent == null) ? null : new ParentalConsent(this.consent.givenBy(), this.consent.name().strip(),
				this.consent.givenOn(), this.consent.form(), stripped(this.consent.documentReference()));
	}

	List<ChildOpinion> toOpinions() {
		return (this.childOpinions == null) ? List.of()
				: this.childOpinions.stream()
					.map((opinion) -> new ChildOpinion(opinion.childId(), opinion.obtainedOn(),
							opinion.summary().strip(), opinion.agrees()))
					.toList();
	}

	ConsentOverride toOverride() {
		return (this.override == null) ? null : new ConsentOverride(this.override.legalGround(),
				this.override.reason().strip(), this.override.authorisedBy().strip());
	}

	static String stripped(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * @param name the service, authority or commune office
	 * @param provinceCode required for {@code OTHER_COMMUNE} and {@code OTHER_PROVINCE}
	 * @param communeCode required like {@code provinceCode}
	 */
	public record TargetRequest(@NotNull ReferralTargetType type, @NotBlank @Size(max = 200) String name,
			@Pattern(regexp = PROVINCE_CODE, message = "must be a 2-digit province code") String provinceCode,
			@Pattern(regexp = COMMUNE_CODE, message = "must be a 5-digit commune code") String communeCode) {
	}

	/**
	 * @param documentReference where the signed consent is filed; required for written
	 * consent
	 */
	public record ConsentRequest(@NotNull ConsentGiver givenBy, @NotBlank @Size(max = 120) String name,
			@NotNull @PastOrPresent LocalDate givenOn, @NotNull ConsentForm form,
			@Size(max = 200) String documentReference) {

		@AssertTrue(message = "give the reference of the signed consent")
		public boolean isDocumentReferencedWhenWritten() {
			return this.form != ConsentForm.WRITTEN
					|| (this.documentReference != null && !this.documentReference.isBlank());
		}

	}

	public record OpinionRequest(@NotBlank @Size(max = 80) String childId, @NotNull @PastOrPresent LocalDate obtainedOn,
			@NotBlank @Size(max = 2000) String summary, @NotNull Boolean agrees) {
	}

	/**
	 * @param authorisedBy who decided to go without consent, with their position
	 */
	public record OverrideRequest(@NotNull OverrideGround legalGround, @NotBlank @Size(max = 2000) String reason,
			@NotBlank @Size(max = 200) String authorisedBy) {
	}

}
