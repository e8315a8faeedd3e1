package org.kinbridge.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: children of a case were referred to a service, or offered to
 * another commune or province (chuyển gửi), on the consent recorded.
 * <p>
 * What is shared is named by item only; names of the consenting parent, the children's
 * opinions in their words and the reason for going without consent stay inside
 * case-service.
 *
 * @param caseId the case aggregate id
 * @param referralId the referral, unique within the case
 * @param provinceCode the tenant: the province that owned the case when it was referred
 * @param communeCode the commune that owned the case when it was referred
 * @param target where the referral goes
 * @param reason the purpose of the referral
 * @param legalBasis the provisions the referral rests on, or {@code null}
 * @param inputs the children, the shared items and the consent the referral went out on
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReferralSentV1(String caseId, String referralId, String provinceCode, String communeCode, Target target,
		String reason, String legalBasis, Inputs inputs, Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.case.referral-sent.v1";

	/**
	 * Where a referral goes.
	 *
	 * @param type {@code HEALTH}, {@code EDUCATION}, {@code LEGAL_AID},
	 * {@code PSYCHOSOCIAL}, {@code POLICE}, {@code SOCIAL_WORK_CENTRE},
	 * {@code OTHER_COMMUNE} or {@code OTHER_PROVINCE}; the last two hand the case over if
	 * accepted
	 * @param name the service, authority or commune office
	 * @param provinceCode the receiving province, or {@code null} for a service that did
	 * not give one
	 * @param communeCode the receiving commune, or {@code null} for a service that did
	 * not give one
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Target(String type, String name, String provinceCode, String communeCode) {
	}

	/**
	 * What the referral went out on.
	 *
	 * @param childIds the referred children
	 * @param sharedItems what of the case is shared: {@code IDENTITY},
	 * {@code ASSESSMENT}, {@code PLAN}, {@code HEALTH}, {@code CASE_HISTORY} or
	 * {@code CONTACT}
	 * @param consent the consent and the children's opinions
	 */
	public record Inputs(List<String> childIds, List<String> sharedItems, Consent consent) {
	}

	/**
	 * The consent a referral went out on, and what the consent rule decided it from.
	 *
	 * @param parentalConsentGivenBy {@code PARENT} or {@code GUARDIAN}, or {@code null}
	 * when no consent was given
	 * @param parentalConsentForm {@code WRITTEN} or {@code VERBAL}, or {@code null}
	 * @param parentalConsentGivenOn the day consent was given, or {@code null}
	 * @param consentDocumentReference where the signed consent is filed, or {@code null}
	 * @param overrideGround the legal ground for going without consent or opinions, or
	 * {@code null}
	 * @param childOpinionAge the age from which the province's rule required a child's
	 * opinion that day
	 * @param opinionRequiredOf the referred children whose opinion was required
	 * @param childOpinions the opinions obtained
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Consent(String parentalConsentGivenBy, String parentalConsentForm, LocalDate parentalConsentGivenOn,
			String consentDocumentReference, String overrideGround, int childOpinionAge, List<String> opinionRequiredOf,
			List<ChildOpinion> childOpinions) {
	}

	/**
	 * Whether a referred child agreed; what they said stays inside case-service.
	 *
	 * @param childId the child
	 * @param obtainedOn the day the child was asked
	 * @param agrees whether the child agrees to the referral
	 */
	public record ChildOpinion(String childId, LocalDate obtainedOn, boolean agrees) {
	}

}
