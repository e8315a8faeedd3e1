package org.kinbridge.platform.calendar;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Makes {@link ProvinceCalendars} available to every service: the shipped national
 * calendar plus the provinces' additions from {@code kinbridge.calendars.*}.
 */
@AutoConfiguration
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	public ProvinceCalendars provinceCalendars(CalendarProperties properties) {
		return ProvinceCalendars.withDefaultCalendar(properties.calendars());
	}

}
