package org.kinbridge.localstack.jwt;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kinbridge.localstack.StackException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoUserTest {

	private static final Set<String> ROLES = Set.of("COLLABORATOR", "COMMUNE_OFFICER", "COMMUNE_CHAIR",
			"PROVINCE_OFFICER", "AUDITOR", "ANALYST", "PLATFORM_ADMIN");

	@Test
	void readsTheSharedDefinitionWithTheIdsTheDocumentationUses() {
		assertThat(DemoUser.ALL).extracting(DemoUser::userId)
			.contains("collab.phutan", "officer.phutan", "chair.phutan", "province.angiang", "auditor.angiang",
					"analyst", "admin", "officer.saigon")
			.doesNotHaveDuplicates();
		assertThat(DemoUser.byId("officer.saigon").commune()).hasValue(DemoUser.SAI_GON);
		assertThat(DemoUser.byId("province.angiang").commune()).isEmpty();
	}

	@Test
	void hasEveryRoleInBothProvinces() {
		for (String province : List.of(DemoUser.AN_GIANG, DemoUser.HO_CHI_MINH_CITY)) {
			Set<String> roles = DemoUser.ALL.stream()
				.filter((user) -> user.province().equals(province))
				.flatMap((user) -> user.roles().stream())
				.collect(Collectors.toSet());
			assertThat(roles).as("roles in province %s", province).isEqualTo(ROLES);
		}
	}

	@Test
	void placesCommuneUsersInTheDemoCommunes() {
		assertThat(DemoUser.ALL).filteredOn((user) -> user.commune().isPresent())
			.extracting(DemoUser::commune)
			.containsOnly(Optional.of(DemoUser.PHU_TAN), Optional.of(DemoUser.SAI_GON));
	}

	@Test
	void namesTheKnownUsersWhenAskedForAnUnknownOne() {
		assertThatThrownBy(() -> DemoUser.byId("officer.hanoi")).isInstanceOf(StackException.class)
			.hasMessageStartingWith("There is no demo user officer.hanoi: use one of collab.phutan, officer.phutan");
	}

}
