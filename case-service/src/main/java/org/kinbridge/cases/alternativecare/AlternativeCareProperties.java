package org.kinbridge.cases.alternativecare;

import java.util.Map;

import org.kinbridge.cases.casefile.ProvinceKeys;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The eligibility rules each province may tighten, under
 * {@code kinbridge.cases.alternative-care.<province>}. A province may be stricter than
 * the national rule, never laxer, so a laxer value stops the service at start-up.
 *
 * @param alternativeCare the settings by two-digit province code
 */
@ConfigurationProperties("kinbridge.cases")
public record AlternativeCareProperties(Map<String, ProvinceSettings> alternativeCare) {

	public AlternativeCareProperties {
		alternativeCare = ProvinceKeys.byProvinceCode(alternativeCare, "kinbridge.cases.alternative-care");
	}

	/**
	 * One province's settings; a missing value is the national rule.
	 *
	 * @param photoMaxAgeMonths how old the dossier's photos may be on the day eligibility
	 * is confirmed (Decree 56/2017 Art. 38: 6 months)
	 * @param childOpinionFromAge the age from which the child's opinion is required
	 * (Circular 14/2020 Art. 5 cl. 5: 7)
	 */
	public record ProvinceSettings(Integer photoMaxAgeMonths, Integer childOpinionFromAge) {

		public ProvinceSettings {
			if (photoMaxAgeMonths != null && (photoMaxAgeMonths < 1
					|| photoMaxAgeMonths > AlternativeCareRules.NATIONAL_PHOTO_MAX_AGE_MONTHS)) {
				throw new IllegalArgumentException("kinbridge.cases.alternative-care.<province>.photo-max-age-months "
						+ "must be between 1 and the national " + AlternativeCareRules.NATIONAL_PHOTO_MAX_AGE_MONTHS
						+ ", was " + photoMaxAgeMonths);
			}
			if (childOpinionFromAge != null && (childOpinionFromAge < 0
					|| childOpinionFromAge > AlternativeCareRules.NATIONAL_CHILD_OPINION_FROM_AGE)) {
				throw new IllegalArgumentException("kinbridge.cases.alternative-care.<province>.child-opinion-from-age "
						+ "must be between 0 and the national " + AlternativeCareRules.NATIONAL_CHILD_OPINION_FROM_AGE
						+ ", was " + childOpinionFromAge);
			}
		}

	}

}
