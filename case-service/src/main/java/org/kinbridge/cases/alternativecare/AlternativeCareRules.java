package org.kinbridge.cases.alternativecare;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The eligibility rules of a province: the national ones unless the province configured
 * stricter ones.
 */
@Component
@EnableConfigurationProperties(AlternativeCareProperties.class)
public class AlternativeCareRules {

	/** Decree 56/2017 Art. 38: photos taken within the last six months. */
	static final int NATIONAL_PHOTO_MAX_AGE_MONTHS = 6;

	/** Circular 14/2020 Art. 5 cl. 5: a child of seven or older is heard. */
	static final int NATIONAL_CHILD_OPINION_FROM_AGE = 7;

	private static final AlternativeCareProperties.ProvinceSettings NATIONAL = new AlternativeCareProperties.ProvinceSettings(
			null, null);

	private final AlternativeCareProperties properties;

	public AlternativeCareRules(AlternativeCareProperties properties) {
		this.properties = properties;
	}

	public ProvinceRules of(String provinceCode) {
		AlternativeCareProperties.ProvinceSettings settings = this.properties.alternativeCare()
			.getOrDefault(provinceCode, NATIONAL);
		return new ProvinceRules(
				(settings.photoMaxAgeMonths() != null) ? settings.photoMaxAgeMonths() : NATIONAL_PHOTO_MAX_AGE_MONTHS,
				(settings.childOpinionFromAge() != null) ? settings.childOpinionFromAge()
						: NATIONAL_CHILD_OPINION_FROM_AGE);
	}

	/**
	 * The rules in force in one province.
	 *
	 * @param photoMaxAgeMonths how many months old the photos may be on confirmation
	 * @param childOpinionFromAge from which age the child's opinion is required
	 */
	public record ProvinceRules(int photoMaxAgeMonths, int childOpinionFromAge) {
	}

}
