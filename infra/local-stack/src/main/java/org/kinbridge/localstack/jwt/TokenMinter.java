package org.kinbridge.localstack.jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints RS256 tokens with the platform's claims ({@code iss}, {@code sub}, {@code name},
 * {@code roles}, {@code province}, {@code commune}), valid for twelve hours.
 */
public final class TokenMinter {

	public static final String ISSUER = "kinbridge-local";

	public static final Duration VALIDITY = Duration.ofHours(12);

	private final JwtKeys keys;

	private final Clock clock;

	private final Supplier<UUID> ids;

	public TokenMinter(JwtKeys keys, Clock clock, Supplier<UUID> ids) {
		this.keys = keys;
		this.clock = clock;
		this.ids = ids;
	}

	public String mint(DemoUser user) {
		Instant now = this.clock.instant();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(user.userId())
			.jwtID(this.ids.get().toString())
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(VALIDITY)))
			.claim("name", user.name())
			.claim("roles", user.roles())
			.claim("province", user.province());
		user.commune().ifPresent((commune) -> claims.claim("commune", commune));
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
				claims.build());
		try {
			jwt.sign(new RSASSASigner(this.keys.privateKey()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign a token for " + user.userId(), ex);
		}
		return jwt.serialize();
	}

	/**
	 * Mints a fresh token for every demo user and writes each to a file in {@code dir}
	 * named after the user, with the extension {@code .jwt}.
	 */
	public Map<String, String> writeAll(Path dir) {
		Map<String, String> tokens = new LinkedHashMap<>();
		try {
			Files.createDirectories(dir);
			for (DemoUser user : DemoUser.ALL) {
				String token = mint(user);
				Files.writeString(dir.resolve(user.userId() + ".jwt"), token);
				tokens.put(user.userId(), token);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
