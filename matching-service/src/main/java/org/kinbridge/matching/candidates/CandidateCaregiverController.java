package org.kinbridge.matching.candidates;

import java.util.List;

import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caregivers matching knows of, in the caller's province (and commune, for commune
 * roles), optionally of one state or commune.
 */
@RestController
@RequestMapping("/api/matching/caregivers")
public class CandidateCaregiverController {

	private final CandidateCaregiverQueries caregivers;

	private final TenantGuard tenant;

	public CandidateCaregiverController(CandidateCaregiverQueries caregivers, TenantGuard tenant) {
		this.caregivers = caregivers;
		this.tenant = tenant;
	}

	@GetMapping
	public List<CandidateCaregiver> list(@RequestParam(required = false) CandidateState state,
			@RequestParam(required = false) CommuneCode commune) {
		Actor actor = this.tenant.requireAnyRole(Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
				Role.AUDITOR);
		ListScope scope = ListScope.of(actor, commune);
		return scope.nothing() ? List.of() : this.caregivers.list(actor.province().value(), scope.communeCode(), state);
	}

}
