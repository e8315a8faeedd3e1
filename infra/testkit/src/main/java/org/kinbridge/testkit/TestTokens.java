package org.kinbridge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * RS256 tokens for tests, with the platform's claims. The services under test trust the
 * public key written by {@link #publicKeyLocation()}; {@link #forged} signs with another
 * key.
 */
public final class TestTokens {

	private static final KeyPair TRUSTED = generate();

	private static final KeyPair UNTRUSTED = generate();

	private static String publicKeyLocation;

	private TestTokens() {
	}

	/**
	 * A user of one province (and commune) with the given roles. A null {@code province}
	 * or {@code commune} leaves that claim out, for tests of tokens that lack it.
	 */
	public static String token(String userId, String province, String commune, String... roles) {
		return sign(TRUSTED, claims(userId, province, commune, Instant.now().plus(Duration.ofHours(1)), roles));
	}

	/**
	 * A user with claims beyond the platform's, such as the audit component's
	 * {@code audit_scope}.
	 */
	public static String tokenWithClaims(Map<String, Object> extraClaims, String userId, String province,
			String commune, String... roles) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder(
				claims(userId, province, commune, Instant.now().plus(Duration.ofHours(1)), roles));
		extraClaims.forEach(claims::claim);
		return sign(TRUSTED, claims.build());
	}

	public static String expired(String userId, String province, String commune, String... roles) {
		return sign(TRUSTED, claims(userId, province, commune, Instant.now().minus(Duration.ofHours(1)), roles));
	}

	public static String forged(String userId, String province, String commune, String... roles) {
		return sign(UNTRUSTED, claims(userId, province, commune, Instant.now().plus(Duration.ofHours(1)), roles));
	}

	public static synchronized String publicKeyLocation() {
		if (publicKeyLocation == null) {
			try {
				Path file = Files.createTempFile("kinbridge-test-jwt", ".pem");
				String body = Base64.getMimeEncoder(64, "\n".getBytes())
					.encodeToString(TRUSTED.getPublic().getEncoded());
				Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
				file.toFile().deleteOnExit();
				publicKeyLocation = "file:" + file.toAbsolutePath();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return publicKeyLocation;
	}

	private static JWTClaimsSet claims(String userId, String province, String commune, Instant expiry,
			String... roles) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("kinbridge-test")
			.subject(userId)
			.claim("name", userId)
			.claim("roles", List.of(roles))
			.issueTime(Date.from(expiry.minus(Duration.ofHours(2))))
			.expirationTime(Date.from(expiry));
		if (province != null) {
			claims.claim("province", province);
		}
		if (commune != null) {
			claims.claim("commune", commune);
		}
		return claims.build();
	}

	private static String sign(KeyPair keys, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
