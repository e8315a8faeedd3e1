package org.kinbridge.cases.reference;

import java.util.List;

import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The code lists of the caller's province, for the forms that use them. */
@RestController
@RequestMapping("/api/cases/code-lists")
public class CodeListController {

	private static final Role[] USERS = { Role.COLLABORATOR, Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR,
			Role.PROVINCE_OFFICER, Role.AUDITOR, Role.ANALYST };

	private final CodeLists codeLists;

	private final TenantGuard tenant;

	public CodeListController(CodeLists codeLists, TenantGuard tenant) {
		this.codeLists = codeLists;
		this.tenant = tenant;
	}

	@GetMapping("/special-circumstances")
	public List<SpecialCircumstanceGroup> specialCircumstances() {
		Actor actor = this.tenant.requireAnyRole(USERS);
		return this.codeLists.specialCircumstances(actor.province().value());
	}

}
