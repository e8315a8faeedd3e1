package org.kinbridge.platform.security;

import org.kinbridge.platform.tenancy.Actor;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Rejects tokens that do not describe a KinBridge actor, above all tokens without a
 * {@code province} claim: without it no tenant check could be made. Boot adds every such
 * validator bean to the JWT decoder it configures.
 */
public class ActorClaimsValidator implements OAuth2TokenValidator<Jwt> {

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		try {
			Actor.fromClaims(token.getClaims());
			return OAuth2TokenValidatorResult.success();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return OAuth2TokenValidatorResult
				.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, ex.getMessage(), null));
		}
	}

}
