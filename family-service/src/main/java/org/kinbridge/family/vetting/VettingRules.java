package org.kinbridge.family.vetting;

import java.util.Set;

import org.kinbridge.family.vetting.FamilyVettingProperties.JudicialRecordRequirement;
import org.kinbridge.family.vetting.FamilyVettingProperties.ProvinceVetting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The vetting rules of a province: the national periods of Decree 56/2017 unless the
 * province configured stricter ones. The aggregate receives this bean with each vetting
 * and decision command, so a changed setting applies from the next command on.
 */
@Component
@EnableConfigurationProperties(FamilyVettingProperties.class)
public class VettingRules {

	/** Decree 56/2017: a health certificate issued within the last 6 months. */
	static final int NATIONAL_HEALTH_CERTIFICATE_MONTHS = 6;

	/** Decree 56/2017: a foreigner has lived in Vietnam for at least 6 months. */
	static final int NATIONAL_FOREIGNER_RESIDENCE_MONTHS = 6;

	/** Decree 56/2017: a foreigner may stay in Vietnam for at least 12 more months. */
	static final int NATIONAL_FOREIGNER_REMAINING_STAY_MONTHS = 12;

	/**
	 * Administrative procedures commonly accept a judicial record issued within 6 months;
	 * the law on caregivers sets none.
	 */
	static final int DEFAULT_JUDICIAL_RECORD_MONTHS = 6;

	/** No period in law; a yearly home visit is the usual practice. */
	static final int DEFAULT_HOME_VISIT_MONTHS = 12;

	/** No period in law; confirmed again with the commune police every year. */
	static final int DEFAULT_PROCEEDINGS_CHECK_MONTHS = 12;

	/** Penal Code 2015 Art. 12: criminal liability starts at 14. */
	static final int DEFAULT_PROCEEDINGS_CHECK_FROM_AGE = 14;

	/**
	 * Law on Children Art. 60(3) asks for the opinion of a child from 7 on; the same age
	 * is taken for a child of the household agreeing to a new child at home.
	 */
	static final int DEFAULT_HOUSEHOLD_CONSENT_FROM_AGE = 7;

	static final int DEFAULT_EXPIRY_WARNING_DAYS = 30;

	private static final ProvinceVetting NATIONAL = new ProvinceVetting(null, null, null, null, null, null, null, null,
			null, null, null, null, null);

	private final FamilyVettingProperties properties;

	public VettingRules(FamilyVettingProperties properties) {
		this.properties = properties;
	}

	/**
	 * @param provinceCode a two-digit province code
	 * @return the rules that apply in the province
	 */
	public ProvinceVettingRules of(String provinceCode) {
		ProvinceVetting configured = this.properties.vetting().getOrDefault(provinceCode, NATIONAL);
		return new ProvinceVettingRules(
				or(configured.healthCertificateValidMonths(), NATIONAL_HEALTH_CERTIFICATE_MONTHS),
				or(configured.foreignerMinResidenceMonths(), NATIONAL_FOREIGNER_RESIDENCE_MONTHS),
				or(configured.foreignerMinRemainingStayMonths(), NATIONAL_FOREIGNER_REMAINING_STAY_MONTHS),
				or(configured.judicialRecordValidMonths(), DEFAULT_JUDICIAL_RECORD_MONTHS),
				(configured.judicialRecordRequiredFor() != null) ? configured.judicialRecordRequiredFor()
						: JudicialRecordRequirement.FOREIGNERS,
				or(configured.homeVisitValidMonths(), DEFAULT_HOME_VISIT_MONTHS),
				or(configured.proceedingsCheckValidMonths(), DEFAULT_PROCEEDINGS_CHECK_MONTHS),
				or(configured.proceedingsCheckFromAge(), DEFAULT_PROCEEDINGS_CHECK_FROM_AGE),
				or(configured.householdConsentFromAge(), DEFAULT_HOUSEHOLD_CONSENT_FROM_AGE),
				Boolean.TRUE.equals(configured.counsellingRequired()),
				or(configured.expiryWarningDays(), DEFAULT_EXPIRY_WARNING_DAYS),
				(configured.kinshipNotificationWaives() != null) ? configured.kinshipNotificationWaives() : Set.of(),
				Boolean.TRUE.equals(configured.suspendOnHouseholdChange()));
	}

	private static int or(Integer configured, int fallback) {
		return (configured != null) ? configured : fallback;
	}

}
