package org.kinbridge.matching.children;

import java.util.List;

import org.kinbridge.matching.access.AccessPurpose;
import org.kinbridge.matching.access.ReadSubjects;
import org.kinbridge.matching.candidates.ListScope;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The children waiting for a caregiver in the caller's province, or commune for commune
 * roles, and one need by its id. Only the officers and chairs who match children see
 * them, and every child shown is recorded in the access log.
 */
@RestController
@RequestMapping("/api/matching/children")
public class WaitingChildController {

	private static final Role[] MATCHERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER };

	private final WaitingChildren children;

	private final TenantGuard tenant;

	private final AccessLog accessLog;

	public WaitingChildController(WaitingChildren children, TenantGuard tenant, AccessLog accessLog) {
		this.children = children;
		this.tenant = tenant;
		this.accessLog = accessLog;
	}

	@GetMapping
	public List<WaitingChild> waiting(@RequestParam(required = false) CommuneCode commune) {
		Actor actor = this.tenant.requireAnyRole(MATCHERS);
		ListScope scope = ListScope.of(actor, commune);
		List<WaitingChild> shown = scope.nothing() ? List.of()
				: this.children.waiting(actor.province().value(), scope.communeCode());
		record(actor, shown, "GET /api/matching/children", AccessPurpose.LIST);
		return shown;
	}

	@GetMapping("/{needId}")
	public WaitingChild one(@PathVariable String needId) {
		Actor actor = this.tenant.requireAnyRole(MATCHERS);
		WaitingChild need = this.children.find(actor.province().value(), needId)
			.orElseThrow(() -> new NotFoundException("need " + needId + " is not in province " + actor.province()));
		this.tenant.requireInScope(ProvinceCode.of(need.provinceCode()), CommuneCode.of(need.communeCode()));
		record(actor, List.of(need), "GET /api/matching/children/{needId}", AccessPurpose.PROFILE_VIEW);
		return need;
	}

	private void record(Actor actor, List<WaitingChild> shown, String endpoint, AccessPurpose purpose) {
		this.accessLog.recordReads(ReadSubjects.WAITING_CHILD, actor, actor.firstRoleOf(MATCHERS), shown.stream()
			.map(need -> new AccessLog.Shown(need.needId(), need.caseId(), need.provinceCode(), need.communeCode()))
			.toList(), endpoint, purpose.name());
	}

}
