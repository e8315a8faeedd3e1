package org.kinbridge.audit.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.kinbridge.audit.AuditProperties;
import org.kinbridge.audit.checkpoint.Checkpoints;
import org.kinbridge.audit.ledger.ProvinceLogs;
import org.kinbridge.auditlog.event.DecisionEvent;
import org.kinbridge.auditlog.log.AuditLog.LogEntry;
import org.kinbridge.platform.kafka.PoisonEventException;
import org.kinbridge.platform.web.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;

/**
 * Reads the services' public topics and keeps each event once, in the order it arrives
 * per province; a decision is then appended to its province's log. Every step is
 * idempotent (the event by id, the leaf by hash), so a redelivery after a crash between
 * them completes the work instead of doubling it. An event the log cannot take (no id, no
 * province, a decision without time or subject) goes to the dead-letter topic through the
 * platform's error handler.
 */
public class EventIngestion {

	private static final Logger log = LoggerFactory.getLogger(EventIngestion.class);

	private static final Pattern PROVINCE = Pattern.compile("\\d{2}");

	private final PublishedEvents events;

	private final ProvinceLogs logs;

	private final Checkpoints checkpoints;

	private final AuditProperties properties;

	private final ObjectMapper json;

	private final Clock clock;

	public EventIngestion(PublishedEvents events, ProvinceLogs logs, Checkpoints checkpoints,
			AuditProperties properties, ObjectMapper json, Clock clock) {
		this.events = events;
		this.logs = logs;
		this.checkpoints = checkpoints;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	@KafkaListener(id = "${spring.application.name}-published-events", groupId = "${spring.application.name}",
			topics = "#{'${kinbridge.audit.topics}'.split(',')}")
	public void onRecord(ConsumerRecord<String, String> record) {
		try (Correlation.Scope scope = Correlation.open(header(record, "ce_correlationid"))) {
			StoredEvent event = this.events.find(required(record, "ce_id")).orElseGet(() -> store(record));
			if (event.decision() && event.leafIndex() == null) {
				LogEntry entry = this.logs.append(event.toDecisionEvent());
				this.events.recordLeaf(event.eventId(), entry.index());
				this.checkpoints.appended(event.province());
			}
		}
	}

	private StoredEvent store(ConsumerRecord<String, String> record) {
		String id = required(record, "ce_id");
		String type = required(record, "ce_type");
		String province = required(record, "ce_province");
		if (!PROVINCE.matcher(province).matches()) {
			throw poison(record, "ce_province is not a two-digit province code: " + province);
		}
		byte[] data = (record.value() != null) ? record.value().getBytes(StandardCharsets.UTF_8) : new byte[0];
		List<StoredEvent.Header> headers = new ArrayList<>();
		for (Header header : record.headers()) {
			headers.add(new StoredEvent.Header(header.key(), header.value()));
		}
		JsonNode tree = parse(data);
		boolean decision = this.properties.isDecision(type);
		String subject = header(record, "ce_subject");
		StoredEvent candidate = new StoredEvent(id, record.topic(), record.key(), province, 0, this.clock.instant(),
				type, header(record, "ce_source"), subject, header(record, "ce_time"), headers, data,
				ids(tree, "caseId", subject, type.startsWith("org.kinbridge.case.")),
				ids(tree, "caregiverId", subject, type.startsWith("org.kinbridge.family.")), decision,
				this.properties.decisionTypesVersion(), null);
		if (decision) {
			try {
				DecisionEvent checked = candidate.toDecisionEvent();
				log.debug("Decision {} {} of province {}", checked.type(), checked.id(), checked.province());
			}
			catch (IllegalArgumentException ex) {
				throw poison(record, "decision " + type + " " + id + " cannot be logged: " + ex.getMessage());
			}
		}
		StoredEvent stored = new StoredEvent(id, candidate.topic(), candidate.key(), province,
				this.events.nextPosition(province), candidate.arrivedAt(), type, candidate.source(), subject,
				candidate.time(), headers, data, candidate.caseIds(), candidate.caregiverIds(), decision,
				candidate.decisionTypesVersion(), null);
		if (!this.events.insert(stored)) {
			// Another replica stored it between our look-up and insert.
			return this.events.find(id).orElseThrow();
		}
		return stored;
	}

	/**
	 * The ids an event is about: the data's field of that name, and the subject when the
	 * event comes from the service that owns such objects.
	 */
	private static List<String> ids(JsonNode data, String field, String subject, boolean ownedBySource) {
		Set<String> ids = new LinkedHashSet<>();
		if (data != null && data.path(field).isTextual()) {
			ids.add(data.path(field).asText());
		}
		if (ownedBySource && subject != null && !subject.isBlank()) {
			ids.add(subject);
		}
		return List.copyOf(ids);
	}

	private JsonNode parse(byte[] data) {
		try {
			return (data.length == 0) ? null : this.json.readTree(data);
		}
		catch (IOException ex) {
			// Kept as published all the same; it is just about no case or caregiver.
			return null;
		}
	}

	private static String required(ConsumerRecord<String, String> record, String name) {
		String value = header(record, name);
		if (value == null || value.isBlank()) {
			throw poison(record, "the record has no " + name + " header");
		}
		return value;
	}

	private static PoisonEventException poison(ConsumerRecord<String, String> record, String reason) {
		return new PoisonEventException(
				"Record at " + record.topic() + "-" + record.partition() + "@" + record.offset() + ": " + reason);
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header == null) ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
