package org.kinbridge.family.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinbridge.family.vetting.FamilyVettingProperties.JudicialRecordRequirement;
import org.kinbridge.family.vetting.api.CheckKind;
import org.kinbridge.family.vetting.api.Evidence;
import org.kinbridge.family.vetting.api.ForeignResidence;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The vetting settings as provinces write them in {@code kinbridge.family.vetting}: the
 * national periods by default, stricter ones accepted, laxer ones refused at start-up.
 */
class VettingRulesTest {

	private static final LocalDate ISSUED = LocalDate.of(2026, 5, 28);

	@Test
	void withoutSettingsAProvinceFollowsTheNationalPeriods() {
		ProvinceVettingRules rules = rules(Map.of()).of("91");

		assertThat(rules.healthCertificateValidMonths()).isEqualTo(6);
		assertThat(rules.foreignerMinResidenceMonths()).isEqualTo(6);
		assertThat(rules.foreignerMinRemainingStayMonths()).isEqualTo(12);
		assertThat(rules.judicialRecordRequiredFor()).isEqualTo(JudicialRecordRequirement.FOREIGNERS);
		assertThat(rules.counsellingRequired()).isFalse();
		assertThat(rules.kinshipNotificationWaives()).isEmpty();
	}

	@Test
	void aProvinceConfiguresItsOwnPeriodsAndOthersKeepTheNationalOnes() {
		VettingRules rules = rules(Map.of("kinbridge.family.vetting.79.health-certificate-valid-months", "3",
				"kinbridge.family.vetting.79.judicial-record-required-for", "ALL_APPLICANTS",
				"kinbridge.family.vetting.79.kinship-notification-waives", "SUITABLE_HOUSING_AND_MEANS,VOLUNTARY",
				"kinbridge.family.vetting.79.counselling-required", "true"));

		assertThat(rules.of("79").healthCertificateValidMonths()).isEqualTo(3);
		assertThat(rules.of("79").judicialRecordRequiredFor()).isEqualTo(JudicialRecordRequirement.ALL_APPLICANTS);
		assertThat(rules.of("79").kinshipNotificationWaives())
			.containsExactlyInAnyOrder(CheckKind.SUITABLE_HOUSING_AND_MEANS, CheckKind.VOLUNTARY);
		assertThat(rules.of("79").counsellingRequired()).isTrue();
		assertThat(rules.of("91").healthCertificateValidMonths()).isEqualTo(6);
	}

	@Test
	void aProvinceCannotAcceptOlderHealthCertificatesThanTheLawAllows() {
		assertThatThrownBy(() -> rules(Map.of("kinbridge.family.vetting.91.health-certificate-valid-months", "7")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("health-certificate-valid-months must be between 1 and 6");
	}

	@Test
	void aProvinceCannotShortenTheForeignersResidencePeriods() {
		assertThatThrownBy(() -> rules(Map.of("kinbridge.family.vetting.91.foreigner-min-residence-months", "3")))
			.isInstanceOf(BindException.class);
		assertThatThrownBy(() -> rules(Map.of("kinbridge.family.vetting.91.foreigner-min-remaining-stay-months", "6")))
			.isInstanceOf(BindException.class);
	}

	@Test
	void provincesAreNamedByTheirTwoDigitCode() {
		assertThatThrownBy(() -> rules(Map.of("kinbridge.family.vetting.an-giang.home-visit-valid-months", "6")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("two-digit province code");
	}

	@Test
	void documentsExpireAfterTheirPeriodCountedFromTheirIssue() {
		ProvinceVettingRules rules = rules(Map.of()).of("91");
		Evidence evidence = new Evidence("X", ISSUED, null);

		assertThat(rules.expiresOn(CheckKind.HEALTH_CERTIFICATE, false, evidence, null, ISSUED))
			.isEqualTo(LocalDate.of(2026, 11, 28));
		assertThat(rules.expiresOn(CheckKind.SUITABLE_HOUSING_AND_MEANS, false, evidence, null, ISSUED))
			.isEqualTo(LocalDate.of(2027, 5, 28));
		assertThat(rules.expiresOn(CheckKind.VOLUNTARY, false, evidence, null, ISSUED)).isNull();
		assertThat(rules.expiresOn(CheckKind.RESIDES_IN_VIETNAM, true, evidence,
				new ForeignResidence(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 3, 31)), ISSUED))
			.isEqualTo(LocalDate.of(2027, 3, 31));
	}

	private static VettingRules rules(Map<String, String> properties) {
		Binder binder = new Binder(new MapConfigurationPropertySource(properties));
		FamilyVettingProperties bound = binder.bind("kinbridge.family", FamilyVettingProperties.class)
			.orElseGet(() -> new FamilyVettingProperties(Map.of()));
		return new VettingRules(bound);
	}

}
