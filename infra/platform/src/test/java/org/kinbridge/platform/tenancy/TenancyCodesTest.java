package org.kinbridge.platform.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenancyCodesTest {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void acceptsTwoDigitProvinceCodes() {
		assertThat(ProvinceCode.of("91").value()).isEqualTo("91");
		assertThat(ProvinceCode.of("01")).isEqualTo(new ProvinceCode("01"));
	}

	@Test
	void refusesProvinceCodesOfAnotherShape() {
		for (String bad : new String[] { "", "9", "911", "9a", " 91" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> ProvinceCode.of(bad));
		}
	}

	@Test
	void acceptsFiveDigitCommuneCodes() {
		assertThat(CommuneCode.of("30406").toString()).isEqualTo("30406");
	}

	@Test
	void refusesCommuneCodesOfAnotherShape() {
		for (String bad : new String[] { "3040", "304060", "3040x", "" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> CommuneCode.of(bad));
		}
	}

	@Test
	void travelsInJsonAsAPlainString() throws Exception {
		assertThat(this.json.writeValueAsString(CommuneCode.of("26740"))).isEqualTo("\"26740\"");
		assertThat(this.json.readValue("\"79\"", ProvinceCode.class)).isEqualTo(ProvinceCode.of("79"));
	}

	@Test
	void knowsWhichRolesAreBoundToACommune() {
		assertThat(Role.COLLABORATOR.isCommuneBound()).isTrue();
		assertThat(Role.COMMUNE_CHAIR.isCommuneBound()).isTrue();
		assertThat(Role.PROVINCE_OFFICER.isCommuneBound()).isFalse();
		assertThat(Role.AUDITOR.authority()).isEqualTo("ROLE_AUDITOR");
	}

}
