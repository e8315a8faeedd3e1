package org.kinbridge.auth.users;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuthUserTest {

	@Test
	void rejectsARoleThePlatformDoesNotKnow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AuthUser("x", "X", List.of("COMMUNE_OFFICR"), "91", "30406", null))
			.withMessage("User x has the unknown role COMMUNE_OFFICR");
	}

	@Test
	void rejectsACommuneBoundUserWithoutCommune() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AuthUser("x", "X", List.of("COLLABORATOR"), "91", " ", null))
			.withMessageContaining("no commune");
	}

	@Test
	void acceptsAProvinceWideUserWithoutCommune() {
		assertThat(new AuthUser("x", "X", List.of("AUDITOR"), "79", null, null).isCommuneBound()).isFalse();
	}

	@Test
	void rejectsAUserDefinedTwice() {
		AuthUser user = new AuthUser("x", "X", List.of("AUDITOR"), "79", null, null);

		assertThatIllegalArgumentException().isThrownBy(() -> new UserDirectory(List.of(user, user)))
			.withMessage("The user x is defined twice");
	}

	@Test
	void onlyAnAuditorMayHaveAnAuditScope() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AuthUser("x", "X", List.of("PROVINCE_OFFICER"), "91", null, "national"))
			.withMessageContaining("not the AUDITOR role");
		assertThat(new AuthUser("x", "X", List.of("AUDITOR"), "91", null, "national").auditScope())
			.isEqualTo("national");
	}

}
