package org.kinbridge.platform.adminunits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinbridge.platform.adminunits.AdministrativeUnit.Level;

/** Lookups in the shipped units across the reorganisation of 1 July 2025. */
class AdministrativeUnitsTest {

	private static final LocalDate BEFORE_MERGER = LocalDate.parse("2025-06-01");

	private static final LocalDate MERGER = LocalDate.parse("2025-07-01");

	private final AdministrativeUnits units = AdministrativeUnits.fromDefaultData();

	@Test
	void code91MeansKienGiangBeforeTheMergerAndAnGiangFromItsFirstDay() {
		assertThat(this.units.find("91", BEFORE_MERGER)).get()
			.extracting(AdministrativeUnit::name)
			.isEqualTo("Tỉnh Kiên Giang");
		assertThat(this.units.find("91", LocalDate.parse("2025-06-30"))).get()
			.extracting(AdministrativeUnit::name)
			.isEqualTo("Tỉnh Kiên Giang");
		assertThat(this.units.find("91", MERGER)).get().extracting(AdministrativeUnit::name).isEqualTo("Tỉnh An Giang");
	}

	@Test
	void tanTrungBelongedToProvince89ThroughItsDistrictIn2024AndIsPartOfXaPhuTanIn2026() {
		LocalDate in2024 = LocalDate.parse("2024-05-10");

		assertThat(this.units.communeBelongsToProvince("30460", "89", in2024)).isTrue();
		assertThat(this.units.communeBelongsToProvince("30460", "91", in2024)).isFalse();
		assertThat(this.units.currentSuccessor("30460", LocalDate.parse("2026-01-15"))).get()
			.isEqualTo(new AdministrativeUnit("30406", Level.COMMUNE, "Xã Phú Tân", "91", MERGER, null));
	}

	@Test
	void code30406IsThiTranPhuMyBeforeTheMergerAndXaPhuTanOfProvince91After() {
		assertThat(this.units.find("30406", BEFORE_MERGER)).get()
			.extracting(AdministrativeUnit::name)
			.isEqualTo("Thị trấn Phú Mỹ");
		assertThat(this.units.communeBelongsToProvince("30406", "89", BEFORE_MERGER)).isTrue();
		assertThat(this.units.communeBelongsToProvince("30406", "91", MERGER)).isTrue();
		assertThat(this.units.communeBelongsToProvince("30406", "89", MERGER)).isFalse();
	}

	@Test
	void aUnitStillInForceIsItsOwnCurrentSuccessor() {
		assertThat(this.units.currentSuccessor("30406", LocalDate.parse("2026-11-29"))).get()
			.extracting(AdministrativeUnit::name)
			.isEqualTo("Xã Phú Tân");
	}

	@Test
	void anAbolishedDistrictHasNoSuccessor() {
		assertThat(this.units.find("888", BEFORE_MERGER)).isPresent();
		assertThat(this.units.currentSuccessor("888", MERGER)).isEmpty();
	}

	@Test
	void anUnknownCodeFindsNothing() {
		assertThat(this.units.find("99999", MERGER)).isEmpty();
		assertThat(this.units.currentSuccessor("99999", MERGER)).isEmpty();
		assertThat(this.units.communeBelongsToProvince("99999", "91", MERGER)).isFalse();
	}

	@Test
	void aProvinceIsNotACommuneOfItself() {
		assertThat(this.units.communeBelongsToProvince("91", "91", MERGER)).isFalse();
	}

	@Test
	void theDemoCommuneOfHoChiMinhCityBelongsToProvince79() {
		assertThat(this.units.communeBelongsToProvince("26740", "79", LocalDate.parse("2026-11-29"))).isTrue();
		assertThat(this.units.communeBelongsToProvince("26740", "79", LocalDate.parse("2026-11-29"))).isTrue();
	}

	@Test
	void twoVersionsOfOneCodeInForceOnTheSameDayAreRejected() {
		List<AdministrativeUnit> overlapping = List.of(
				new AdministrativeUnit("91", Level.PROVINCE, "Tỉnh Kiên Giang", null, null,
						LocalDate.parse("2025-07-01")),
				new AdministrativeUnit("91", Level.PROVINCE, "Tỉnh An Giang", null, MERGER, null));

		assertThatThrownBy(() -> new AdministrativeUnits(overlapping, List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("two versions of unit 91 are in force on the same days");
	}

	@Test
	void aSuccessionMustJoinAnEndingVersionToAStartingOne() {
		List<AdministrativeUnit> units = List.of(new AdministrativeUnit("89", Level.PROVINCE, "Tỉnh An Giang", null,
				null, LocalDate.parse("2025-06-30")));

		assertThatThrownBy(() -> new AdministrativeUnits(units, List.of(new Succession("89", "91", MERGER, false))))
			.hasMessageContaining("succession 89 -> 91 on 2025-07-01");
	}

}
