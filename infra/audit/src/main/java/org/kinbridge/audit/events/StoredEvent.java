package org.kinbridge.audit.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinbridge.auditlog.event.DecisionEvent;

/**
 * A public event as the audit component received it.
 *
 * @param eventId the CloudEvents id, unique
 * @param topic the topic it was read from
 * @param key the record key (the aggregate id)
 * @param province the {@code ce_province} extension: whose history and log it is in
 * @param position its place in the province's history, in order of arrival
 * @param arrivedAt when the audit component stored it
 * @param type the CloudEvents type
 * @param source the producing service
 * @param subject the aggregate id, may be null for non-decisions
 * @param time {@code ce_time} as published, may be null for non-decisions
 * @param headers every record header, name and bytes, in record order
 * @param data the data bytes as published
 * @param caseIds the cases the event is about
 * @param caregiverIds the caregivers the event is about
 * @param decision whether the event is a decision (a leaf of the province's log)
 * @param decisionTypesVersion the version of the decision list that classified it
 * @param leafIndex its position in the province's log, once appended
 */
public record StoredEvent(String eventId, String topic, String key, String province, long position, Instant arrivedAt,
		String type, String source, String subject, String time, List<Header> headers, byte[] data,
		List<String> caseIds, List<String> caregiverIds, boolean decision, String decisionTypesVersion,
		Long leafIndex) {

	/**
	 * The attributes the leaf and the export carry by name; other headers travel as
	 * extensions.
	 */
	private static final Set<String> LEAF_HEADERS = Set.of("ce_specversion", "ce_id", "ce_source", "ce_type",
			"ce_subject", "ce_time", "ce_province");

	public StoredEvent {
		headers = List.copyOf(headers);
		caseIds = List.copyOf(caseIds);
		caregiverIds = List.copyOf(caregiverIds);
	}

	@Override
	public byte[] data() {
		return this.data.clone();
	}

	/**
	 * @param name a header name such as {@code ce_actor}
	 * @return its value as text, or null
	 */
	public String header(String name) {
		String value = null;
		for (Header header : this.headers) {
			if (header.name().equals(name)) {
				value = header.text();
			}
		}
		return value;
	}

	/**
	 * The event as the log's leaf and export see it.
	 * @return the decision event
	 * @throws IllegalArgumentException when an attribute the leaf needs is missing or
	 * malformed
	 */
	public DecisionEvent toDecisionEvent() {
		Map<String, String> extensions = new LinkedHashMap<>();
		for (Header header : this.headers) {
			if (header.name().startsWith("ce_") && !LEAF_HEADERS.contains(header.name())) {
				extensions.put(header.name().substring(3), header.text());
			}
			else if ("content-type".equalsIgnoreCase(header.name())) {
				extensions.put("datacontenttype", header.text());
			}
		}
		if (this.time == null) {
			throw new IllegalArgumentException("the event has no ce_time");
		}
		OffsetDateTime published;
		try {
			published = OffsetDateTime.parse(this.time);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException("ce_time is not RFC 3339: " + this.time);
		}
		return new DecisionEvent(this.eventId, this.source, this.type, this.subject, published, this.province,
				this.data, extensions);
	}

	/**
	 * A record header as it arrived.
	 *
	 * @param name the header name
	 * @param value its bytes
	 */
	public record Header(String name, byte[] value) {

		public String text() {
			return new String(this.value, StandardCharsets.UTF_8);
		}

	}

}
