package org.kinbridge.auth.users;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/**
 * A person who may log in, with what their token says about them.
 *
 * @param id the login name and the token's {@code sub}
 * @param name display name, the {@code name} claim
 * @param roles platform roles, the {@code roles} claim
 * @param province two-digit province code, the {@code province} claim
 * @param commune five-digit commune code of a commune-bound person, else {@code null}
 * @param auditScope {@code national} for an auditor who reads every province in the audit
 * component (ADR 0011), the {@code audit_scope} claim; else {@code null}
 */
public record AuthUser(@NotBlank String id, @NotBlank String name, @NotEmpty List<String> roles,
		@NotBlank @Pattern(regexp = "\\d{2}") String province, @Pattern(regexp = "\\d{5}") String commune,
		@Pattern(regexp = "national") String auditScope) {

	/**
	 * The platform's roles. The services check them again; listing them here makes a typo
	 * in the users' file fail at startup instead of producing tokens nobody accepts. The
	 * auth server stays off the platform library, which brings Kafka, MongoDB and Axon.
	 */
	static final Set<String> PROVINCE_WIDE_ROLES = Set.of("PROVINCE_OFFICER", "AUDITOR", "ANALYST", "PLATFORM_ADMIN");

	static final Set<String> COMMUNE_ROLES = Set.of("COLLABORATOR", "COMMUNE_OFFICER", "COMMUNE_CHAIR");

	public AuthUser {
		roles = (roles != null) ? List.copyOf(roles) : List.of();
		commune = (commune == null || commune.isBlank()) ? null : commune;
		for (String role : roles) {
			if (!PROVINCE_WIDE_ROLES.contains(role) && !COMMUNE_ROLES.contains(role)) {
				throw new IllegalArgumentException("User " + id + " has the unknown role " + role);
			}
		}
		if (commune == null && !roles.isEmpty() && COMMUNE_ROLES.containsAll(roles)) {
			throw new IllegalArgumentException("User " + id + " has only commune roles " + roles + " but no commune");
		}
		auditScope = (auditScope == null || auditScope.isBlank()) ? null : auditScope;
		if (auditScope != null && !roles.contains("AUDITOR")) {
			throw new IllegalArgumentException("User " + id + " has an audit scope but not the AUDITOR role");
		}
	}

	public boolean isCommuneBound() {
		return this.commune != null;
	}

}
