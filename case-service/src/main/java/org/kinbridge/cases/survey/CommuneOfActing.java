package org.kinbridge.cases.survey;

import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;

/**
 * The scope check the commune's aggregates share: another province's object, or another
 * commune's for a commune-bound user, is answered as if it did not exist, before any
 * state is revealed.
 */
final class CommuneOfActing {

	private CommuneOfActing() {
	}

	/**
	 * @param what the object, for the log, such as {@code the roster of commune 30406}
	 * @throws OutOfTenantScopeException (404) when {@code by} may not reach it
	 */
	static void requireInScope(String provinceCode, String communeCode, Acting by, String what) {
		boolean sameProvince = by.provinceCode().equals(provinceCode);
		boolean inCommune = by.communeCode() == null || by.communeCode().equals(communeCode);
		if (!sameProvince || !inCommune) {
			throw new OutOfTenantScopeException(what + " is outside the scope of " + by.userId());
		}
	}

}
