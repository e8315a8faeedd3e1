package org.kinbridge.platform.tenancy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ActorTest {

	@Test
	void readsAnActorFromTokenClaims() {
		Actor actor = Actor.fromClaims(Map.of("sub", "u-7", "name", "Trần Thị Bình", "roles",
				List.of("COMMUNE_OFFICER", "COMMUNE_CHAIR"), "province", "91", "commune", "30406"));

		assertThat(actor.userId()).isEqualTo("u-7");
		assertThat(actor.displayName()).isEqualTo("Trần Thị Bình");
		assertThat(actor.roles()).containsExactlyInAnyOrder(Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR);
		assertThat(actor.province()).isEqualTo(ProvinceCode.of("91"));
		assertThat(actor.communeIfAny()).contains(CommuneCode.of("30406"));
		assertThat(actor.isProvinceWide()).isFalse();
	}

	@Test
	void acceptsRolesAsASpaceSeparatedClaimAndSkipsUnknownOnes() {
		Actor actor = Actor.fromClaims(Map.of("sub", "u-1", "roles", "AUDITOR FUTURE_ROLE", "province", "79"));

		assertThat(actor.roles()).containsExactly(Role.AUDITOR);
		assertThat(actor.displayName()).isEqualTo("u-1");
		assertThat(actor.communeIfAny()).isEmpty();
	}

	@Test
	void aNationalAuditorsTokenIsAnAuditorOfItsOwnProvinceToTheServices() {
		// Only the audit component honours audit_scope (ADR 0011); to the services the
		// token is an auditor of the province it names, and nothing more.
		Actor actor = Actor.fromClaims(Map.of("sub", "auditor.national", "roles", List.of("AUDITOR"), "province", "91",
				"audit_scope", "national"));

		assertThat(actor.roles()).containsExactly(Role.AUDITOR);
		assertThat(actor.province()).isEqualTo(ProvinceCode.of("91"));
		assertThat(actor.isProvinceWide()).isTrue();
	}

	@Test
	void refusesClaimsWithoutProvince() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Actor.fromClaims(Map.of("sub", "u-1", "roles", List.of("AUDITOR"))))
			.withMessageContaining("province");
	}

	@Test
	void refusesAMalformedProvince() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Actor.fromClaims(Map.of("sub", "u-1", "province", "An Giang")))
			.withMessageContaining("two digits");
	}

	@Test
	void refusesCommuneRolesWithoutCommune() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> Actor.fromClaims(Map.of("sub", "u-1", "roles", List.of("COLLABORATOR"), "province", "91")))
			.withMessageContaining("commune");
	}

	@Test
	void refusesClaimsWithoutSubject() {
		assertThatIllegalArgumentException().isThrownBy(() -> Actor.fromClaims(Map.of("province", "91")))
			.withMessageContaining("subject");
	}

	@Test
	void masksTheNameWhenPrinted() {
		Actor actor = Actor.fromClaims(Map.of("sub", "u-1", "name", "Nguyễn Văn An", "province", "91"));

		assertThat(actor.toString()).contains("N***** V** A*").doesNotContain("Nguyễn");
	}

}
