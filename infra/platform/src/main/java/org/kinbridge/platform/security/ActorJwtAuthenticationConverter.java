package org.kinbridge.platform.security;

import java.util.List;

import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified token into an authentication whose authorities are the token's roles
 * as {@code ROLE_<name>}. The actor is checked again here, so that a decoder configured
 * by a service without {@link ActorClaimsValidator} cannot let a token without province
 * in.
 */
public class ActorJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Actor actor;
		try {
			actor = Actor.fromClaims(jwt.getClaims());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidBearerTokenException(ex.getMessage(), ex);
		}
		List<GrantedAuthority> authorities = actor.roles()
			.stream()
			.map(Role::authority)
			.<GrantedAuthority>map(SimpleGrantedAuthority::new)
			.toList();
		return new JwtAuthenticationToken(jwt, authorities, actor.userId());
	}

}
