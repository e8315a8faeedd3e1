package org.kinbridge.analytics.stream;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kinbridge.analytics.pseudonym.Pseudonymiser;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;

/**
 * The allow-list of one source event type: which fields reach the analytics record and in
 * what form. Every record also names the key its pseudonyms were made with, its day, its
 * province and its commune.
 *
 * @param sourceType the CloudEvents type of the source event
 * @param subjectKind what the source event's subject names, for its pseudonym
 * @param dayField the field that dates the event, or {@code null} for an event dated by
 * its envelope alone (a time limit that ran out is published when it runs out)
 * @param rules the allowed fields
 */
record RecordMapping(String sourceType, String subjectKind, String dayField, List<FieldRule> rules) {

	private static final Pattern PROVINCE = Pattern.compile("\\d{2}");

	private static final ObjectMapper JSON = new ObjectMapper();

	static RecordMapping of(String sourceType, String subjectKind, String dayField, FieldRule... rules) {
		return new RecordMapping(sourceType, subjectKind, dayField, List.of(rules));
	}

	String type() {
		return AnalyticsRecord.typeOf(this.sourceType);
	}

	AnalyticsRecord map(JsonNode source, IncomingIntegrationEvent event, Pseudonymiser pseudonymiser) {
		if (event.province() == null || !PROVINCE.matcher(event.province()).matches()) {
			throw new UnpublishableEventException("ce_province is not a two-digit province code");
		}
		LocalDate on = (this.dayField != null) ? Fields.dayOf(source.get(this.dayField)) : null;
		if (on == null) {
			on = LocalDate.ofInstant(event.time(), Fields.VIETNAM);
		}
		ObjectNode record = JSON.createObjectNode();
		record.put("keyId", pseudonymiser.keyId());
		record.put("on", on.toString());
		record.put("provinceCode", event.province());
		MappingContext context = new MappingContext(pseudonymiser, on);
		for (FieldRule rule : this.rules) {
			rule.apply(source, record, context);
		}
		return new AnalyticsRecord(pseudonymiser.pseudonym("event", event.id()), type(),
				pseudonymiser.pseudonym(this.subjectKind, event.subject()), event.province(), record);
	}

}
