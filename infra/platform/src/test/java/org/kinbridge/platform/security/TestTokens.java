package org.kinbridge.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs real RS256 tokens with a key pair made for the test run, and writes the public
 * key as the PEM file a service would be given in {@code KINBRIDGE_JWT_PUBLIC_KEY}.
 */
public final class TestTokens {

	private final RSAKey key;

	private final Path publicKeyFile;

	private TestTokens(RSAKey key, Path publicKeyFile) {
		this.key = key;
		this.publicKeyFile = publicKeyFile;
	}

	/**
	 * @return a fresh key pair whose public half is written to a temporary PEM file
	 */
	public static TestTokens generate() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
			String pem = "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(key.toRSAPublicKey().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
			Path file = Files.createTempFile("kinbridge-test-jwt", ".pem");
			file.toFile().deleteOnExit();
			Files.writeString(file, pem, StandardCharsets.US_ASCII);
			return new TestTokens(key, file);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the public key as a Spring resource location, {@code file:...}
	 */
	public String publicKeyLocation() {
		return this.publicKeyFile.toUri().toString();
	}

	/**
	 * @param province the province claim
	 * @param commune the commune claim, or {@code null}
	 * @param roles the roles claim
	 * @return a signed token for user {@code user-1} valid for ten minutes
	 */
	public String token(String province, String commune, String... roles) {
		JWTClaimsSet.Builder claims = baseClaims().claim("roles", List.of(roles));
		if (province != null) {
			claims.claim("province", province);
		}
		if (commune != null) {
			claims.claim("commune", commune);
		}
		return sign(claims.build());
	}

	/**
	 * @param claims the claims besides {@code iss}, {@code sub}, {@code iat} and
	 * {@code exp}
	 * @return a signed token
	 */
	public String tokenWith(Map<String, Object> claims) {
		JWTClaimsSet.Builder builder = baseClaims();
		claims.forEach(builder::claim);
		return sign(builder.build());
	}

	private static JWTClaimsSet.Builder baseClaims() {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer("kinbridge-local")
			.subject("user-1")
			.claim("name", "Nguyễn Văn An")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(600)));
	}

	private String sign(JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(this.key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
