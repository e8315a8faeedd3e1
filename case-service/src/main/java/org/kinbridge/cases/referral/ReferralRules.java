package org.kinbridge.cases.referral;

import java.time.Instant;

import org.kinbridge.platform.calendar.ProvinceCalendars;
import org.kinbridge.platform.tenancy.ProvinceCode;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The referral rules of a province: from which age a referred child's opinion is needed,
 * and how many working days of the province's calendar the target has to answer.
 */
@Component
@EnableConfigurationProperties(ReferralRulesProperties.class)
public class ReferralRules {

	/**
	 * Law on Children 2016 Art. 21 cl. 2: sharing a child's private information needs the
	 * consent of a child aged 7 or more, and of a parent or guardian.
	 */
	static final int NATIONAL_CHILD_OPINION_AGE = 7;

	static final int DEFAULT_RESPONSE_WORKING_DAYS = 5;

	/** Beyond six weeks an unanswered referral has failed, whatever the province. */
	static final int MAX_RESPONSE_WORKING_DAYS = 30;

	private static final ReferralRulesProperties.ProvinceReferralRules DEFAULTS = new ReferralRulesProperties.ProvinceReferralRules(
			null, null);

	private final ReferralRulesProperties properties;

	private final ProvinceCalendars calendars;

	public ReferralRules(ReferralRulesProperties properties, ProvinceCalendars calendars) {
		this.properties = properties;
		this.calendars = calendars;
	}

	public int childOpinionAge(String provinceCode) {
		Integer age = of(provinceCode).childOpinionAge();
		return (age != null) ? age : NATIONAL_CHILD_OPINION_AGE;
	}

	public int responseWorkingDays(String provinceCode) {
		Integer days = of(provinceCode).responseWorkingDays();
		return (days != null) ? days : DEFAULT_RESPONSE_WORKING_DAYS;
	}

	/**
	 * @param sentAt when the referral was sent
	 * @return the end of the last working day on which the target is to answer, on the
	 * sending province's calendar
	 */
	public Instant responseDue(String provinceCode, Instant sentAt) {
		return this.calendars.workingDaysAfter(new ProvinceCode(provinceCode), sentAt,
				responseWorkingDays(provinceCode));
	}

	private ReferralRulesProperties.ProvinceReferralRules of(String provinceCode) {
		return this.properties.referral().getOrDefault(provinceCode, DEFAULTS);
	}

}
