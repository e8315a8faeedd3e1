package org.kinbridge.platform.tenancy;

import java.util.Optional;

/**
 * What a user may do, as carried in the {@code roles} claim of the bearer token. Spring
 * Security sees each role as the authority {@code ROLE_<name>}.
 */
public enum Role {

	/** A commune collaborator who reports and follows up children in one commune. */
	COLLABORATOR(true),

	/** The commune's child-protection officer. */
	COMMUNE_OFFICER(true),

	/** The chair of the commune People's Committee, who signs commune decisions. */
	COMMUNE_CHAIR(true),

	/** A provincial Department officer, working across the whole province. */
	PROVINCE_OFFICER(false),

	/** Reads everything in the province to check it; changes nothing. */
	AUDITOR(false),

	/** Sees aggregated, de-identified figures of the province. */
	ANALYST(false),

	/** Runs the platform for the province. */
	PLATFORM_ADMIN(false);

	private final boolean communeBound;

	Role(boolean communeBound) {
		this.communeBound = communeBound;
	}

	/**
	 * @return {@code true} when the role only reaches the holder's own commune
	 */
	public boolean isCommuneBound() {
		return this.communeBound;
	}

	/**
	 * @return the Spring Security authority of the role, {@code ROLE_<name>}
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * @param name a role name as found in a token
	 * @return the role, or empty for a name this version does not know
	 */
	public static Optional<Role> fromClaim(String name) {
		for (Role role : values()) {
			if (role.name().equals(name)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
