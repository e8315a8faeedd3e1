package org.kinbridge.family.communes;

import java.time.Clock;
import java.time.LocalDate;

import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.platform.adminunits.AdministrativeUnits;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.stereotype.Component;

/**
 * Opens a commune that a request names, once the caller's role has been checked. A
 * commune of another province is "not found" (404), like that province's caregivers, for
 * province-wide roles too: their token reaches every commune of their own province only.
 * Commune staff reach only their own commune. That the code exists at all is a question
 * of the input, answered by {@link KnownCommune}.
 */
@Component
public class CommuneScope {

	private final AdministrativeUnits units;

	private final TenantGuard tenant;

	private final Clock clock;

	public CommuneScope(AdministrativeUnits units, TenantGuard tenant, Clock clock) {
		this.units = units;
		this.tenant = tenant;
		this.clock = clock;
	}

	/**
	 * @param request a request that names a commune, on the day it must be valid
	 * @return the commune, which the caller may act in
	 */
	public CommuneCode require(CommuneGiven request) {
		return require(request.communeCode(), request.communeValidOn());
	}

	/**
	 * @param communeCode five digits
	 * @param on the day the code must be a commune of the caller's province, or
	 * {@code null} for today
	 * @return the commune, which the caller may act in or read
	 * @throws OutOfTenantScopeException (404) for a commune outside the caller's scope
	 */
	public CommuneCode require(String communeCode, LocalDate on) {
		String province = this.tenant.province().value();
		LocalDate day = (on != null) ? on : LocalDate.ofInstant(this.clock.instant(), Acting.VIETNAM);
		if (!this.units.communeBelongsToProvince(communeCode, province, day)) {
			throw new OutOfTenantScopeException(
					"commune " + communeCode + " is not a commune of province " + province + " on " + day);
		}
		CommuneCode commune = new CommuneCode(communeCode);
		this.tenant.requireCommuneScope(commune);
		return commune;
	}

}
