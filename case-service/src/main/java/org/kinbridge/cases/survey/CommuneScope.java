package org.kinbridge.cases.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.platform.adminunits.AdministrativeUnit;
import org.kinbridge.platform.adminunits.AdministrativeUnits;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.stereotype.Component;

/**
 * Opens a commune named in a path for the caller: the commune must exist today in the
 * administrative-unit register and lie in the caller's province, and in their own commune
 * when they hold only commune roles. Anything else is "not found" (404), whatever the
 * caller's roles, so that nobody learns about another province's communes; only then is
 * the role checked (403).
 */
@Component
public class CommuneScope {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final AdministrativeUnits units;

	private final TenantGuard tenant;

	private final Clock clock;

	public CommuneScope(AdministrativeUnits units, TenantGuard tenant, Clock clock) {
		this.units = units;
		this.tenant = tenant;
		this.clock = clock;
	}

	/**
	 * @param communeCode the commune of the path, five digits
	 * @param allowed the roles that may act, in the order in which the acting role is
	 * chosen
	 * @return the commune and who acts in it
	 */
	public InCommune require(String communeCode, Role... allowed) {
		Actor actor = this.tenant.actor();
		LocalDate today = LocalDate.now(this.clock.withZone(VIETNAM));
		String province = actor.province().value();
		AdministrativeUnit commune = this.units.find(communeCode, today)
			.filter((unit) -> unit.level() == AdministrativeUnit.Level.COMMUNE)
			.filter((unit) -> this.units.communeBelongsToProvince(communeCode, province, today))
			.orElseThrow(() -> new OutOfTenantScopeException(
					"commune " + communeCode + " is not a commune of province " + province + " today"));
		this.tenant.requireCommuneScope(new CommuneCode(communeCode));
		this.tenant.requireAnyRole(allowed);
		Role role = actor.firstRoleOf(allowed);
		Acting by = new Acting(actor.userId(), role.name(), province,
				actor.isProvinceWide() ? null : actor.commune().value(), this.clock.instant());
		return new InCommune(commune, actor, role, by);
	}

	/**
	 * A commune the caller may act in.
	 *
	 * @param unit the commune as the register has it today
	 * @param role the role in which the caller acts
	 * @param by who acts, where and when, as commands record it
	 */
	public record InCommune(AdministrativeUnit unit, Actor actor, Role role, Acting by) {

		public String communeCode() {
			return this.unit.code();
		}

		public String provinceCode() {
			return this.actor.province().value();
		}

	}

}
