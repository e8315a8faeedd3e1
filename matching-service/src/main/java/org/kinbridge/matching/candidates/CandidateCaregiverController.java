package org.kinbridge.matching.candidates;

import java.util.List;

import org.kinbridge.matching.access.AccessPurpose;
import org.kinbridge.matching.access.ReadSubjects;
import org.kinbridge.platform.audit.AccessLog;
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
 * roles), optionally of one state or commune. Every caregiver shown is recorded in the
 * access log.
 */
@RestController
@RequestMapping("/api/matching/caregivers")
public class CandidateCaregiverController {

	private final CandidateCaregiverQueries caregivers;

	private static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR };

	private final TenantGuard tenant;

	private final AccessLog accessLog;

	public CandidateCaregiverController(CandidateCaregiverQueries caregivers, TenantGuard tenant, AccessLog accessLog) {
		this.caregivers = caregivers;
		this.tenant = tenant;
		this.accessLog = accessLog;
	}

	@GetMapping
	public List<CandidateCaregiver> list(@RequestParam(required = false) CandidateState state,
			@RequestParam(required = false) CommuneCode commune) {
		Actor actor = this.tenant.requireAnyRole(READERS);
		ListScope scope = ListScope.of(actor, commune);
		List<CandidateCaregiver> shown = scope.nothing() ? List.of()
				: this.caregivers.list(actor.province().value(), scope.communeCode(), state);
		this.accessLog.recordReads(ReadSubjects.CAREGIVER, actor, actor.firstRoleOf(READERS),
				shown.stream()
					.map(caregiver -> new AccessLog.Shown(caregiver.caregiverId(), null, caregiver.provinceCode(),
							caregiver.communeCode()))
					.toList(),
				"GET /api/matching/caregivers", AccessPurpose.LIST.name());
		return shown;
	}

}
