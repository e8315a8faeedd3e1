package org.kinbridge.analytics.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One record of {@code kinbridge.analytics.v1}: its CloudEvents envelope and its data.
 *
 * @param id the pseudonym of the source event's id, stable across redelivery so that
 * consumers de-duplicate as on any other topic
 * @param type {@code org.kinbridge.analytics.<service>.<event>.v1}
 * @param subject the pseudonym of the source event's subject, also the Kafka key
 * @param provinceCode the tenant
 * @param data the allowed fields only
 */
public record AnalyticsRecord(String id, String type, String subject, String provinceCode, ObjectNode data) {

	/** The prefix of every analytics record type. */
	public static final String TYPE_PREFIX = "org.kinbridge.analytics.";

	/**
	 * @param sourceType e.g. {@code org.kinbridge.case.alternative-care-needed.v1}
	 * @return e.g. {@code org.kinbridge.analytics.case.alternative-care-needed.v1}
	 */
	public static String typeOf(String sourceType) {
		return TYPE_PREFIX + sourceType.substring("org.kinbridge.".length());
	}

	/**
	 * @return the classpath resource of the JSON Schema of records of this type
	 */
	public static String schemaResource(String type) {
		return "org/kinbridge/analytics/schemas/" + type + ".schema.json";
	}

	public String day() {
		return this.data.path("on").asText(null);
	}

}
