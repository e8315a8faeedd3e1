package org.kinbridge.family.vetting;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kinbridge.family.registration.api.Person;
import org.kinbridge.family.vetting.api.CheckKind;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The vetting periods and choices each province configures, under
 * {@code kinbridge.family.vetting.<province>}. A missing value is the national one. A
 * province may be stricter than the law but not laxer, so a value the law does not allow
 * stops the service at start-up.
 *
 * @param vetting the settings by two-digit province code
 */
@ConfigurationProperties("kinbridge.family")
public record FamilyVettingProperties(Map<String, ProvinceVetting> vetting) {

	private static final Pattern PROVINCE = Pattern.compile("\\d{2}");

	public FamilyVettingProperties {
		vetting = (vetting == null) ? Map.of() : Map.copyOf(vetting);
		vetting.keySet().forEach(province -> {
			if (!PROVINCE.matcher(province).matches()) {
				throw new IllegalArgumentException(
						"kinbridge.family.vetting." + province + ": the key must be a two-digit province code");
			}
		});
	}

	/**
	 * One province's settings; {@code null} means the national default of
	 * {@link VettingRules}.
	 *
	 * @param healthCertificateValidMonths how old a health certificate may be (Decree
	 * 56/2017: 6; at most 6)
	 * @param foreignerMinResidenceMonths how long a foreigner must have lived in Vietnam
	 * (Decree 56/2017: 6; at least 6)
	 * @param foreignerMinRemainingStayMonths how long a foreigner must still be allowed
	 * to stay (Decree 56/2017: 12; at least 12)
	 * @param judicialRecordValidMonths how old a judicial record may be
	 * @param judicialRecordRequiredFor whose judicial record is required
	 * @param homeVisitValidMonths how long a home visit report on housing and means holds
	 * @param proceedingsCheckValidMonths how long a check for child-abuse proceedings
	 * holds
	 * @param proceedingsCheckFromAge household members from this age are checked for
	 * proceedings
	 * @param householdConsentFromAge household members from this age must agree
	 * @param counsellingRequired whether a Form 08 registration needs an attended
	 * counselling or training session before it can be found eligible
	 * @param expiryWarningDays how many days ahead evidence counts as about to expire
	 * @param kinshipNotificationWaives checks a relative's kinship notification does not
	 * need
	 * @param suspendOnHouseholdChange whether an eligible caregiver whose household
	 * changed is suspended (and matching told) until the checks are verified again and
	 * the chair reinstates it
	 */
	public record ProvinceVetting(Integer healthCertificateValidMonths, Integer foreignerMinResidenceMonths,
			Integer foreignerMinRemainingStayMonths, Integer judicialRecordValidMonths,
			JudicialRecordRequirement judicialRecordRequiredFor, Integer homeVisitValidMonths,
			Integer proceedingsCheckValidMonths, Integer proceedingsCheckFromAge, Integer householdConsentFromAge,
			Boolean counsellingRequired, Integer expiryWarningDays, Set<CheckKind> kinshipNotificationWaives,
			Boolean suspendOnHouseholdChange) {

		public ProvinceVetting {
			between("health-certificate-valid-months", healthCertificateValidMonths, 1,
					VettingRules.NATIONAL_HEALTH_CERTIFICATE_MONTHS);
			between("foreigner-min-residence-months", foreignerMinResidenceMonths,
					VettingRules.NATIONAL_FOREIGNER_RESIDENCE_MONTHS, 120);
			between("foreigner-min-remaining-stay-months", foreignerMinRemainingStayMonths,
					VettingRules.NATIONAL_FOREIGNER_REMAINING_STAY_MONTHS, 120);
			between("judicial-record-valid-months", judicialRecordValidMonths, 1, 60);
			between("home-visit-valid-months", homeVisitValidMonths, 1, 60);
			between("proceedings-check-valid-months", proceedingsCheckValidMonths, 1, 60);
			between("proceedings-check-from-age", proceedingsCheckFromAge, 0, Person.ADULT_AGE);
			between("household-consent-from-age", householdConsentFromAge, 0, Person.ADULT_AGE);
			between("expiry-warning-days", expiryWarningDays, 1, 365);
			kinshipNotificationWaives = (kinshipNotificationWaives == null) ? null
					: Set.copyOf(kinshipNotificationWaives);
		}

		private static void between(String name, Integer value, int min, int max) {
			if (value != null && (value < min || value > max)) {
				throw new IllegalArgumentException("kinbridge.family.vetting.<province>." + name + " must be between "
						+ min + " and " + max + ", was " + value);
			}
		}

	}

	/** Whose judicial record (lý lịch tư pháp) the checklist asks for. */
	public enum JudicialRecordRequirement {

		/** Decree 56/2017 lists it for foreign applicants. */
		FOREIGNERS,
		/** Every applicant, as some provinces ask. */
		ALL_APPLICANTS

	}

}
