package org.kinbridge.cases.referral;

import java.util.Map;

import org.kinbridge.cases.casefile.ProvinceKeys;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The referral rules each province configures, under
 * {@code kinbridge.cases.referral.<province>}. A province may ask the opinion of younger
 * children than the law does, never of older ones only, so a higher age stops the service
 * at start-up.
 *
 * @param referral the rules by two-digit province code
 */
@ConfigurationProperties("kinbridge.cases")
public record ReferralRulesProperties(Map<String, ProvinceReferralRules> referral) {

	public ReferralRulesProperties {
		referral = ProvinceKeys.byProvinceCode(referral, "kinbridge.cases.referral");
	}

	/**
	 * One province's rules; a missing value is the national or platform default.
	 *
	 * @param childOpinionAge the age from which a referred child's opinion is required
	 * (Law on Children 2016 Art. 21 cl. 2: 7)
	 * @param responseWorkingDays working days within which the target is to answer a
	 * referral (default 5)
	 */
	public record ProvinceReferralRules(Integer childOpinionAge, Integer responseWorkingDays) {

		public ProvinceReferralRules {
			requireWithin("child-opinion-age", childOpinionAge, 1, ReferralRules.NATIONAL_CHILD_OPINION_AGE);
			requireWithin("response-working-days", responseWorkingDays, 1, ReferralRules.MAX_RESPONSE_WORKING_DAYS);
		}

		private static void requireWithin(String name, Integer value, int min, int max) {
			if (value != null && (value < min || value > max)) {
				throw new IllegalArgumentException("kinbridge.cases.referral.<province>." + name + " must be between "
						+ min + " and " + max + ", was " + value);
			}
		}

	}

}
