package org.kinbridge.localstack;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens of officer.phutan that the platform must refuse, each wrong in one respect only:
 * expired, signed with another key, or naming another issuer.
 */
final class ForeignTokens {

	private ForeignTokens() {
	}

	static String expired(RSAPrivateKey stackKey, String issuer) {
		return sign(stackKey, issuer, Instant.now().minus(Duration.ofMinutes(5)));
	}

	static String forged(String issuer) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return sign((RSAPrivateKey) generator.generateKeyPair().getPrivate(), issuer,
					Instant.now().plus(Duration.ofHours(1)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Signed with the stack's own key, as the launcher's old minter did. */
	static String ofAnotherIssuer(RSAPrivateKey stackKey, String issuer) {
		return sign(stackKey, issuer, Instant.now().plus(Duration.ofHours(1)));
	}

	private static String sign(RSAPrivateKey key, String issuer, Instant expiry) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer)
			.subject("officer.phutan")
			.claim("name", "Cán bộ LĐ-TB&XH xã Phú Tân")
			.claim("roles", List.of("COMMUNE_OFFICER"))
			.claim("province", "91")
			.claim("commune", "30406")
			.issueTime(Date.from(expiry.minus(Duration.ofHours(1))))
			.expirationTime(Date.from(expiry))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

}
