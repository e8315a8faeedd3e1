package org.kinbridge.auditlog.event;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One decision event as it was published: the CloudEvents attributes and the JSON data
 * bytes exactly as they went onto the topic. Only some attributes go into the log's leaf
 * (see {@link LeafEncoding}); the others travel along in {@code extensions} so that an
 * export loses nothing an auditor may want to read.
 *
 * @param id the CloudEvents id, unique per event
 * @param source the CloudEvents source, e.g. {@code /kinbridge/case-service}
 * @param type the versioned event type
 * @param subject the aggregate id
 * @param time the event time with the offset it was published with
 * @param province the province extension, the tenant whose log holds the event
 * @param data the JSON data bytes as published
 * @param extensions the other attributes (actor, correlationid, ...) by name
 */
public record DecisionEvent(String id, String source, String type, String subject, OffsetDateTime time, String province,
		byte[] data, Map<String, String> extensions) {

	public DecisionEvent {
		requireText(id, "id");
		requireText(source, "source");
		requireText(type, "type");
		requireText(subject, "subject");
		Objects.requireNonNull(time, "the event has no time");
		requireText(province, "province");
		Objects.requireNonNull(data, "the event has no data");
		data = data.clone();
		extensions = (extensions != null) ? Map.copyOf(extensions) : Map.of();
	}

	private static void requireText(String value, String attribute) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("the event has no " + attribute);
		}
	}

	@Override
	public byte[] data() {
		return this.data.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DecisionEvent event && this.id.equals(event.id) && this.source.equals(event.source)
				&& this.type.equals(event.type) && this.subject.equals(event.subject) && this.time.equals(event.time)
				&& this.province.equals(event.province) && Arrays.equals(this.data, event.data)
				&& this.extensions.equals(event.extensions);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.source, this.type, this.subject, this.time, this.province,
				Arrays.hashCode(this.data), this.extensions);
	}

	@Override
	public String toString() {
		return "DecisionEvent[id=" + this.id + ", type=" + this.type + ", subject=" + this.subject + ", time="
				+ this.time + ", province=" + this.province + ", extensions=" + new TreeMap<>(this.extensions)
				+ ", data=" + new String(this.data, StandardCharsets.UTF_8) + "]";
	}

}
