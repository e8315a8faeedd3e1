package org.kinbridge.platform.tenancy;

import java.util.Map;
import java.util.Optional;

import org.kinbridge.platform.web.UnauthenticatedException;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * The {@link Actor} of the request being served, read from Spring Security's context. A
 * bean, so that code under test can be given another one.
 */
public class CurrentActor {

	/**
	 * @return the caller
	 * @throws UnauthenticatedException (401) when the request carries no usable token
	 */
	public Actor get() {
		return find().orElseThrow(() -> new UnauthenticatedException("the request has no authenticated caller"));
	}

	/**
	 * @return the caller, or empty outside an authenticated request
	 */
	public Optional<Actor> find() {
		return fromSecurityContext();
	}

	/**
	 * For code that cannot have beans injected, such as logging helpers.
	 * @return the caller of the current thread's request, if any
	 */
	public static Optional<Actor> fromSecurityContext() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		Map<String, Object> claims = null;
		if (authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token) {
			claims = token.getTokenAttributes();
		}
		else if (authentication.getPrincipal() instanceof ClaimAccessor accessor) {
			claims = accessor.getClaims();
		}
		if (claims == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Actor.fromClaims(claims));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			// The decoder's validator rejects such tokens; a hand-made context may not.
			return Optional.empty();
		}
	}

}
