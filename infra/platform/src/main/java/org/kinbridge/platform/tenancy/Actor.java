package org.kinbridge.platform.tenancy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.kinbridge.platform.observability.Pii;

/**
 * The person behind a request, as the bearer token describes them.
 *
 * @param userId the token subject; an opaque id, safe to log
 * @param displayName the person's name; personal data, never logged unmasked
 * @param roles what the person may do; unknown role names in the token are left out
 * @param province the province the person works for, and so the only tenant they see
 * @param commune the commune of a commune-bound person, {@code null} for province-wide
 * roles
 */
public record Actor(String userId, String displayName, Set<Role> roles, ProvinceCode province, CommuneCode commune) {

	/** Claim names of KinBridge bearer tokens. */
	public static final String CLAIM_SUBJECT = "sub";

	public static final String CLAIM_NAME = "name";

	public static final String CLAIM_ROLES = "roles";

	public static final String CLAIM_PROVINCE = "province";

	public static final String CLAIM_COMMUNE = "commune";

	public Actor {
		if (userId == null || userId.isBlank()) {
			throw new IllegalArgumentException("the token has no subject");
		}
		Objects.requireNonNull(province, "the token has no province claim");
		displayName = (displayName == null || displayName.isBlank()) ? userId : displayName;
		roles = (roles == null || roles.isEmpty()) ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
		if (commune == null && !roles.isEmpty() && roles.stream().allMatch(Role::isCommuneBound)) {
			throw new IllegalArgumentException("the token has only commune roles but no commune claim");
		}
	}

	/**
	 * Reads an actor from the claims of a verified bearer token.
	 * @param claims the token's claims
	 * @return the actor
	 * @throws IllegalArgumentException with a one-line reason when a claim is missing or
	 * malformed
	 */
	public static Actor fromClaims(Map<String, Object> claims) {
		Object province = claims.get(CLAIM_PROVINCE);
		if (province == null) {
			throw new IllegalArgumentException("the token has no province claim");
		}
		Object commune = claims.get(CLAIM_COMMUNE);
		return new Actor(text(claims.get(CLAIM_SUBJECT)), text(claims.get(CLAIM_NAME)), roles(claims.get(CLAIM_ROLES)),
				new ProvinceCode(text(province)),
				(commune == null || text(commune).isBlank()) ? null : new CommuneCode(text(commune)));
	}

	/**
	 * @return the commune of a commune-bound actor
	 */
	public Optional<CommuneCode> communeIfAny() {
		return Optional.ofNullable(this.commune);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAnyRole(Role... candidates) {
		return Arrays.stream(candidates).anyMatch(this.roles::contains);
	}

	/**
	 * The role under which the actor acts when any of {@code candidates} allows the
	 * action; it is what decision events record as the actor's role.
	 * @param candidates the roles allowed, in order of preference
	 * @return the first of {@code candidates} that the actor holds
	 */
	public Role firstRoleOf(Role... candidates) {
		return Arrays.stream(candidates)
			.filter(this.roles::contains)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Actor holds none of " + Arrays.toString(candidates)));
	}

	/**
	 * @return {@code true} when at least one role reaches the whole province
	 */
	public boolean isProvinceWide() {
		return this.roles.stream().anyMatch((role) -> !role.isCommuneBound());
	}

	/**
	 * The name is masked, so that an actor can be logged as it is.
	 */
	@Override
	public String toString() {
		return "Actor[userId=%s, displayName=%s, roles=%s, province=%s, commune=%s]".formatted(this.userId,
				Pii.mask(this.displayName), this.roles, this.province, this.commune);
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static Set<Role> roles(Object claim) {
		List<String> names = new ArrayList<>();
		if (claim instanceof Collection<?> values) {
			values.forEach((value) -> names.add(String.valueOf(value)));
		}
		else if (claim instanceof String value) {
			names.addAll(Arrays.asList(value.trim().split("[\\s,]+")));
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		names.forEach((name) -> Role.fromClaim(name).ifPresent(roles::add));
		return roles;
	}

}
