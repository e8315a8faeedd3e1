package org.kinbridge.audit.web;

import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * Reads the auditor of the current request. The national scope is honoured here only: the
 * services keep treating such a token as an auditor of its {@code province} (ADR 0011).
 */
public class Auditors {

	private final TenantGuard guard;

	public Auditors(TenantGuard guard) {
		this.guard = guard;
	}

	/**
	 * @return the caller as an auditor
	 * @throws org.kinbridge.platform.web.ForbiddenException (403) for any other role
	 */
	public Auditor current() {
		Actor actor = this.guard.requireAnyRole(Role.AUDITOR);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean national = authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token
				&& Auditor.NATIONAL.equals(token.getTokenAttributes().get(Auditor.SCOPE_CLAIM));
		return new Auditor(actor, national);
	}

}
