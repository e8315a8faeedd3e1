package org.kinbridge.family.outreach;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outreach settings, under {@code kinbridge.family.outreach}.
 *
 * @param followUpDays days after the interest by which someone should have been followed
 * up (14 if left out)
 */
@ConfigurationProperties("kinbridge.family.outreach")
public record OutreachProperties(Integer followUpDays) {

	static final int DEFAULT_FOLLOW_UP_DAYS = 14;

	public OutreachProperties {
		followUpDays = (followUpDays == null) ? DEFAULT_FOLLOW_UP_DAYS : followUpDays;
		if (followUpDays < 1 || followUpDays > 365) {
			throw new IllegalArgumentException(
					"kinbridge.family.outreach.follow-up-days must be between 1 and 365, was " + followUpDays);
		}
	}

}
