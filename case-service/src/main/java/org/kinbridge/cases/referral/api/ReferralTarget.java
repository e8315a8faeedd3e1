package org.kinbridge.cases.referral.api;

/**
 * Where a referral goes.
 *
 * @param name the service, authority or commune office, as the officer names it
 * @param provinceCode the receiving province; required for {@code OTHER_COMMUNE} and
 * {@code OTHER_PROVINCE}, optional for services
 * @param communeCode the receiving commune, which handles the case after a handover;
 * required like {@code provinceCode}
 */
public record ReferralTarget(ReferralTargetType type, String name, String provinceCode, String communeCode) {

	public boolean transfersTheCase() {
		return this.type.transfersTheCase();
	}

}
