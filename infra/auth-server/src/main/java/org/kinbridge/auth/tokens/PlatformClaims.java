package org.kinbridge.auth.tokens;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kinbridge.auth.users.AuthUser;
import org.kinbridge.auth.users.UserDirectory;

import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the claims every service reads into the tokens of a logged-in user: {@code name},
 * {@code roles}, {@code province} and, for commune-bound people, {@code commune}. The
 * subject is already the user id. ID tokens get them too, so that a web client can show
 * who is logged in without another call.
 */
public final class PlatformClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	public static final String NAME = "name";

	public static final String ROLES = "roles";

	public static final String PROVINCE = "province";

	public static final String COMMUNE = "commune";

	/** Only for national auditors; honoured by the audit component alone (ADR 0011). */
	public static final String AUDIT_SCOPE = "audit_scope";

	private final UserDirectory users;

	public PlatformClaims(UserDirectory users) {
		this.users = users;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (!accessToken && !idToken) {
			return;
		}
		// A client-credentials token has the client as its principal: no person, no
		// claims.
		this.users.find(context.getPrincipal().getName())
			.ifPresent((user) -> context.getClaims().claims((claims) -> claims.putAll(claimsOf(user))));
	}

	/** The platform claims of one user, as they appear in the token. */
	public static Map<String, Object> claimsOf(AuthUser user) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(NAME, user.name());
		claims.put(ROLES, user.roles());
		claims.put(PROVINCE, user.province());
		if (user.isCommuneBound()) {
			claims.put(COMMUNE, user.commune());
		}
		if (user.auditScope() != null) {
			claims.put(AUDIT_SCOPE, user.auditScope());
		}
		return Collections.unmodifiableMap(claims);
	}

}
