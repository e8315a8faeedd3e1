package org.kinbridge.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs real RS256 tokens with a key pair made for the test run; the public half is
 * written to the PEM file that {@code KINBRIDGE_JWT_PUBLIC_KEY} points at.
 */
final class TestTokens {

	private final RSAKey key;

	private final Path publicKeyFile;

	private TestTokens(RSAKey key, Path publicKeyFile) {
		this.key = key;
		this.publicKeyFile = publicKeyFile;
	}

	static TestTokens generate() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID("test").generate();
			String pem = "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(key.toRSAPublicKey().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
			Path file = Files.createTempFile("kinbridge-gateway-jwt", ".pem");
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

	String publicKeyLocation() {
		return this.publicKeyFile.toUri().toString();
	}

	/**
	 * @param province the province claim, or {@code null} for none
	 * @param roles the roles claim
	 * @return a token of user {@code officer-1}, valid for ten minutes
	 */
	String token(String province, String... roles) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("kinbridge-local")
			.subject("officer-1")
			.claim("name", "Trần Thị Bình")
			.claim("roles", List.of(roles))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(600)));
		if (province != null) {
			claims.claim("province", province);
		}
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(),
					claims.build());
			jwt.sign(new RSASSASigner(this.key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
