package org.kinbridge.contracts;

/**
 * Kafka header names of CloudEvents 1.0 in binary content mode, plus the KinBridge
 * extension attributes.
 * <p>
 * Binary mode keeps the event data as the plain JSON record value, so consumers that do
 * not know CloudEvents can still read it, while routing and deduplication only need the
 * headers.
 */
public final class CloudEventHeaders {

	/** The CloudEvents specification version every KinBridge event declares. */
	public static final String SPEC_VERSION = "1.0";

	/** The only data content type KinBridge publishes. */
	public static final String JSON_CONTENT_TYPE = "application/json";

	public static final String CE_SPECVERSION = "ce_specversion";

	/**
	 * Unique per event; consumers deduplicate on it because delivery is at least once.
	 */
	public static final String CE_ID = "ce_id";

	public static final String CE_TYPE = "ce_type";

	public static final String CE_SOURCE = "ce_source";

	/** The aggregate id, which is also the record key so one aggregate stays ordered. */
	public static final String CE_SUBJECT = "ce_subject";

	public static final String CE_TIME = "ce_time";

	public static final String CE_DATASCHEMA = "ce_dataschema";

	/**
	 * Binary mode maps the datacontenttype attribute to the plain content-type header.
	 */
	public static final String CONTENT_TYPE = "content-type";

	/** The tenant: consumers must never mix events of different provinces. */
	public static final String CE_PROVINCE = "ce_province";

	public static final String CE_ACTOR = "ce_actor";

	public static final String CE_CORRELATIONID = "ce_correlationid";

	public static final String CE_CAUSATIONID = "ce_causationid";

	private CloudEventHeaders() {
	}

}
