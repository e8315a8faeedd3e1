package org.kinbridge.analytics.stream;

import java.util.List;

/** The analytics record types this deployment publishes, one per reviewed source type. */
public final class AnalyticsTypes {

	private AnalyticsTypes() {
	}

	/**
	 * @return the analytics record types, e.g.
	 * {@code org.kinbridge.analytics.matching.placement-started.v1}
	 */
	public static List<String> all() {
		return RecordMappings.all().stream().map(RecordMapping::type).toList();
	}

	/**
	 * @return the source event types that have a reviewed allow-list
	 */
	public static List<String> sourceTypes() {
		return RecordMappings.all().stream().map(RecordMapping::sourceType).toList();
	}

}
