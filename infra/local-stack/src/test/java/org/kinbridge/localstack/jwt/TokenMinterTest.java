package org.kinbridge.localstack.jwt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TokenMinterTest {

	private static final Instant NOW = Instant.parse("2026-11-28T01:30:00Z");

	private static final UUID TOKEN_ID = UUID.fromString("6f1c2a8e-3b44-4c1e-9a57-0d2f7e5b9c10");

	@TempDir
	Path dir;

	@Test
	void signsACommuneOfficersTokenThatThePublicKeyVerifies() throws Exception {
		JwtKeys keys = JwtKeys.loadOrCreate(this.dir.resolve("jwt"));

		SignedJWT jwt = SignedJWT.parse(minter(keys).mint(DemoUser.byId("officer.phutan")));

		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(jwt.verify(new RSASSAVerifier(keys.publicKey()))).isTrue();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("kinbridge-local");
		assertThat(claims.getSubject()).isEqualTo("officer.phutan");
		assertThat(claims.getStringClaim("name")).isNotBlank();
		assertThat(claims.getStringListClaim("roles")).containsExactly("COMMUNE_OFFICER");
		assertThat(claims.getStringClaim("province")).isEqualTo("91");
		assertThat(claims.getStringClaim("commune")).isEqualTo("30406");
		assertThat(claims.getJWTID()).isEqualTo(TOKEN_ID.toString());
		assertThat(claims.getIssueTime()).isEqualTo(Date.from(NOW));
		assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NOW.plusSeconds(12 * 3600)));
	}

	@Test
	void leavesTheCommuneOutOfAProvinceWideToken() throws Exception {
		JwtKeys keys = JwtKeys.loadOrCreate(this.dir.resolve("jwt"));

		JWTClaimsSet claims = SignedJWT.parse(minter(keys).mint(DemoUser.byId("province.angiang"))).getJWTClaimsSet();

		assertThat(claims.getStringListClaim("roles")).containsExactly("PROVINCE_OFFICER");
		assertThat(claims.getStringClaim("province")).isEqualTo("91");
		assertThat(claims.getClaims()).doesNotContainKey("commune");
	}

	@Test
	void rejectsATokenSignedWithAnotherKeyPair() throws Exception {
		JwtKeys ours = JwtKeys.loadOrCreate(this.dir.resolve("ours"));
		JwtKeys theirs = JwtKeys.loadOrCreate(this.dir.resolve("theirs"));

		SignedJWT jwt = SignedJWT.parse(minter(theirs).mint(DemoUser.byId("admin")));

		assertThat(jwt.verify(new RSASSAVerifier(ours.publicKey()))).isFalse();
	}

	@Test
	void keepsTheKeyPairAcrossRestartsAsPemFiles() throws Exception {
		JwtKeys first = JwtKeys.loadOrCreate(this.dir.resolve("jwt"));
		JwtKeys second = JwtKeys.loadOrCreate(this.dir.resolve("jwt"));

		assertThat(second.publicKey()).isEqualTo(first.publicKey());
		assertThat(second.publicKey().getModulus().bitLength()).isEqualTo(2048);
		assertThat(Files.readString(first.publicKeyFile())).startsWith("-----BEGIN PUBLIC KEY-----\n")
			.endsWith("-----END PUBLIC KEY-----\n");
		assertThat(Files.readString(this.dir.resolve("jwt/private.pem"))).startsWith("-----BEGIN PRIVATE KEY-----\n");
		SignedJWT jwt = SignedJWT.parse(minter(first).mint(DemoUser.byId("analyst")));
		assertThat(jwt.verify(new RSASSAVerifier(second.publicKey()))).isTrue();
	}

	@Test
	void writesOneTokenFilePerDemoUser() throws Exception {
		JwtKeys keys = JwtKeys.loadOrCreate(this.dir.resolve("jwt"));

		Map<String, String> tokens = minter(keys).writeAll(this.dir.resolve("tokens"));

		assertThat(tokens.keySet()).containsExactly("collab.phutan", "officer.phutan", "chair.phutan",
				"province.angiang", "auditor.angiang", "analyst", "admin", "officer.saigon");
		for (Map.Entry<String, String> token : tokens.entrySet()) {
			assertThat(this.dir.resolve("tokens").resolve(token.getKey() + ".jwt")).hasContent(token.getValue());
		}
		JWTClaimsSet saigon = SignedJWT.parse(tokens.get("officer.saigon")).getJWTClaimsSet();
		assertThat(List.of(saigon.getStringClaim("province"), saigon.getStringClaim("commune"))).containsExactly("79",
				"26740");
	}

	private static TokenMinter minter(JwtKeys keys) {
		return new TokenMinter(keys, Clock.fixed(NOW, ZoneOffset.UTC), () -> TOKEN_ID);
	}

}
