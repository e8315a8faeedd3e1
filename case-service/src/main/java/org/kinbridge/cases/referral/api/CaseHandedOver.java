package org.kinbridge.cases.referral.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * The receiving commune or province accepted a transfer and owns the case from now on;
 * the former owner keeps what it saw until then.
 *
 * @param referralId the transfer through which the case moved
 * @param reason why the case moved: the referral's purpose
 * @param legalBasis the provisions the acceptance rests on
 * @param referredBy who sent the transfer
 * @param by who accepted it, and when the case moved
 */
@Revision("1")
public record CaseHandedOver(String caseId, String referralId, String fromProvinceCode, String fromCommuneCode,
		String toProvinceCode, String toCommuneCode, String reason, String legalBasis, Acting referredBy, Acting by) {
}
