package org.kinbridge.cases.referral.api;

import java.util.List;

/**
 * The consent a referral went out on, and what the consent rule decided it from.
 *
 * @param parentalConsent the consent of a parent or guardian, {@code null} under an
 * override
 * @param childOpinions the opinions of the referred children who were asked
 * @param override the legal ground for going without consent, {@code null} when consent
 * was given
 * @param childOpinionAge the age from which the province's rule required a child's
 * opinion on the day of referral
 * @param opinionRequiredOf the referred children who had reached that age that day, or
 * whose age is not known
 */
public record ConsentRecord(ParentalConsent parentalConsent, List<ChildOpinion> childOpinions, ConsentOverride override,
		int childOpinionAge, List<String> opinionRequiredOf) {

	public ConsentRecord {
		childOpinions = (childOpinions != null) ? List.copyOf(childOpinions) : List.of();
		opinionRequiredOf = (opinionRequiredOf != null) ? List.copyOf(opinionRequiredOf) : List.of();
	}

}
