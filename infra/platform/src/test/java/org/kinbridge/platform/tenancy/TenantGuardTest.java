package org.kinbridge.platform.tenancy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.platform.web.ForbiddenException;
import org.kinbridge.platform.web.NotFoundException;
import org.kinbridge.platform.web.UnauthenticatedException;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class TenantGuardTest {

	private final TenantGuard guard = new TenantGuard(new CurrentActor());

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void letsACallerReachTheirOwnProvince() {
		signIn("91", null, "PROVINCE_OFFICER");

		assertThatNoException().isThrownBy(() -> this.guard.requireSameProvince(ProvinceCode.of("91")));
		assertThat(this.guard.province()).isEqualTo(ProvinceCode.of("91"));
	}

	@Test
	void reportsAnotherProvincesObjectAsNotFound() {
		signIn("91", null, "PLATFORM_ADMIN");

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.guard.requireSameProvince(ProvinceCode.of("79")));
	}

	@Test
	void keepsACommuneOfficerInTheirCommune() {
		signIn("91", "30406", "COMMUNE_OFFICER");

		assertThatNoException().isThrownBy(() -> this.guard.requireCommuneScope(CommuneCode.of("30406")));
		assertThatExceptionOfType(OutOfTenantScopeException.class)
			.isThrownBy(() -> this.guard.requireCommuneScope(CommuneCode.of("30407")));
	}

	@Test
	void letsAProvinceWideRoleReachEveryCommuneOfTheProvince() {
		signIn("91", "30406", "COMMUNE_OFFICER", "PROVINCE_OFFICER");

		assertThatNoException()
			.isThrownBy(() -> this.guard.requireInScope(ProvinceCode.of("91"), CommuneCode.of("30100")));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.guard.requireInScope(ProvinceCode.of("79"), CommuneCode.of("26740")));
	}

	@Test
	void filtersListsWithoutThrowing() {
		signIn("91", "30406", "COLLABORATOR");

		assertThat(this.guard.canSee(ProvinceCode.of("91"), CommuneCode.of("30406"))).isTrue();
		assertThat(this.guard.canSee(ProvinceCode.of("91"), CommuneCode.of("30407"))).isFalse();
		assertThat(this.guard.canSee(ProvinceCode.of("91"), null)).isFalse();
		assertThat(this.guard.canSee(ProvinceCode.of("79"), CommuneCode.of("30406"))).isFalse();
	}

	@Test
	void refusesACallerWithoutAnyOfTheRoles() {
		signIn("91", null, "ANALYST");

		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.guard.requireAnyRole(Role.PROVINCE_OFFICER, Role.AUDITOR))
			.withMessageContaining("PROVINCE_OFFICER, AUDITOR");
	}

	@Test
	void returnsTheCallerWhoHoldsARole() {
		signIn("91", null, "AUDITOR");

		assertThat(this.guard.requireAnyRole(Role.PROVINCE_OFFICER, Role.AUDITOR).userId()).isEqualTo("user-9");
	}

	@Test
	void refusesToGuessACallerOutsideARequest() {
		assertThatExceptionOfType(UnauthenticatedException.class)
			.isThrownBy(() -> this.guard.requireSameProvince(ProvinceCode.of("91")));
		assertThat(new CurrentActor().find()).isEmpty();
	}

	private static void signIn(String province, String commune, String... roles) {
		Jwt.Builder jwt = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject("user-9")
			.issuedAt(Instant.now())
			.claim("province", province)
			.claim("roles", List.of(roles));
		if (commune != null) {
			jwt.claim("commune", commune);
		}
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt.build(), List.of()));
	}

}
