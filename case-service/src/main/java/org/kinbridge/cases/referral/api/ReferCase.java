package org.kinbridge.cases.referral.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Refer some of a case's children to a service, or to another commune or province that
 * would take the case over. Needs the consent of a parent or guardian and the opinion of
 * each referred child old enough to give one, unless an override states the legal ground
 * for going without.
 *
 * @param childIds the referred children, as the report recorded them
 * @param purpose what the target is asked to do, and why
 * @param legalBasis the provisions the referral rests on, or {@code null}
 * @param sharedItems what of the case the target may see
 * @param consent the consent of a parent or guardian, or {@code null}
 * @param childOpinions the opinions of the referred children who were asked
 * @param override the legal ground for going without consent or opinions, or {@code null}
 */
public record ReferCase(@TargetAggregateIdentifier String caseId, String referralId, ReferralTarget target,
		List<String> childIds, String purpose, String legalBasis, List<SharedItem> sharedItems, ParentalConsent consent,
		List<ChildOpinion> childOpinions, ConsentOverride override, Acting by) {

	public ReferCase {
		childIds = (childIds != null) ? List.copyOf(childIds) : List.of();
		sharedItems = (sharedItems != null) ? List.copyOf(sharedItems) : List.of();
		childOpinions = (childOpinions != null) ? List.copyOf(childOpinions) : List.of();
	}

}
