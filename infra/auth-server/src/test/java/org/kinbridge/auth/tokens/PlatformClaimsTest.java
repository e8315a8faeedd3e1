package org.kinbridge.auth.tokens;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinbridge.auth.users.AuthUser;
import org.kinbridge.auth.users.UserDirectory;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformClaimsTest {

	private static final AuthUser OFFICER = new AuthUser("officer.phutan", "Cán bộ xã Phú Tân",
			List.of("COMMUNE_OFFICER"), "91", "30406", null);

	private static final AuthUser PROVINCE = new AuthUser("province.hcm", "Sở Y tế TP. Hồ Chí Minh",
			List.of("PROVINCE_OFFICER"), "79", null, null);

	private static final AuthUser NATIONAL_AUDITOR = new AuthUser("auditor.national", "Thanh tra Chính phủ",
			List.of("AUDITOR"), "91", null, "national");

	private final PlatformClaims customizer = new PlatformClaims(
			new UserDirectory(List.of(OFFICER, PROVINCE, NATIONAL_AUDITOR)));

	@Test
	void givesACommuneUserNameRolesProvinceAndCommune() {
		JwtClaimsSet claims = customize("officer.phutan", OAuth2TokenType.ACCESS_TOKEN);

		assertThat(claims.getClaims()).containsEntry("name", "Cán bộ xã Phú Tân")
			.containsEntry("roles", List.of("COMMUNE_OFFICER"))
			.containsEntry("province", "91")
			.containsEntry("commune", "30406")
			.containsEntry("sub", "officer.phutan");
	}

	@Test
	void givesAProvinceWideUserNoCommune() {
		JwtClaimsSet claims = customize("province.hcm", OAuth2TokenType.ACCESS_TOKEN);

		assertThat(claims.getClaims()).containsEntry("roles", List.of("PROVINCE_OFFICER"))
			.containsEntry("province", "79")
			.doesNotContainKey("commune");
	}

	@Test
	void givesANationalAuditorTheAuditScopeAndOthersNone() {
		assertThat(customize("auditor.national", OAuth2TokenType.ACCESS_TOKEN).getClaims())
			.containsEntry("audit_scope", "national")
			.containsEntry("province", "91");
		assertThat(customize("province.hcm", OAuth2TokenType.ACCESS_TOKEN).getClaims())
			.doesNotContainKey("audit_scope");
	}

	@Test
	void givesTheIdTokenTheSameClaims() {
		JwtClaimsSet claims = customize("officer.phutan", new OAuth2TokenType("id_token"));

		assertThat(claims.getClaims()).containsEntry("province", "91").containsEntry("commune", "30406");
	}

	@Test
	void addsNothingForAPrincipalThatIsNoUser() {
		JwtClaimsSet claims = customize("some-machine-client", OAuth2TokenType.ACCESS_TOKEN);

		assertThat(claims.getClaims()).doesNotContainKeys("name", "roles", "province", "commune");
	}

	private JwtClaimsSet customize(String principal, OAuth2TokenType type) {
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject(principal).issuer("http://localhost:9000");
		JwtEncodingContext context = JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256), claims)
			.principal(new TestingAuthenticationToken(principal, null))
			.tokenType(type)
			.build();
		this.customizer.customize(context);
		return claims.build();
	}

}
