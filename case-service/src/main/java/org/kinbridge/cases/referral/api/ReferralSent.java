package org.kinbridge.cases.referral.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Children of a case were referred to a service, or offered to another commune or
 * province, on the consent recorded.
 *
 * @param fromProvinceCode the province that owned the case when it was referred
 * @param fromCommuneCode the commune that owned the case when it was referred
 */
@Revision("1")
public record ReferralSent(String caseId, String referralId, String fromProvinceCode, String fromCommuneCode,
		ReferralTarget target, List<String> childIds, String purpose, String legalBasis, List<SharedItem> sharedItems,
		ConsentRecord consent, Acting by) {

	public ReferralSent {
		childIds = (childIds != null) ? List.copyOf(childIds) : List.of();
		sharedItems = (sharedItems != null) ? List.copyOf(sharedItems) : List.of();
	}

}
