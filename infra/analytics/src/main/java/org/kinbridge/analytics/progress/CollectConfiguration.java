package org.kinbridge.analytics.progress;

import org.kinbridge.analytics.HandlersPerType;
import org.kinbridge.analytics.stream.AnalyticsTypes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One collector per analytics record type, fed by the platform's listener. */
@Configuration(proxyBeanMethods = false)
public class CollectConfiguration {

	@Bean
	public static HandlersPerType collectRecordHandlers() {
		return new HandlersPerType(CollectRecords.class, AnalyticsTypes.all(), "collect");
	}

}
