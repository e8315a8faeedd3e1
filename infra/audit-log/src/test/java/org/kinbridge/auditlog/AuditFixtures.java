package org.kinbridge.auditlog;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kinbridge.auditlog.checkpoint.CheckpointSigner;
import org.kinbridge.auditlog.checkpoint.Ed25519Keys;
import org.kinbridge.auditlog.checkpoint.LogOrigin;
import org.kinbridge.auditlog.event.DecisionEvent;
import org.kinbridge.auditlog.log.AuditLog;
import org.kinbridge.auditlog.log.InMemoryLogStorage;

/**
 * Decision events, keys and logs for tests: a province 91 log with a few placement
 * decisions.
 */
public final class AuditFixtures {

	public static final LogOrigin PROVINCE_91 = LogOrigin.forProvince("91");

	public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

	private static final KeyPair KEYS = Ed25519Keys.generate();

	private AuditFixtures() {
	}

	public static KeyPair keys() {
		return KEYS;
	}

	public static CheckpointSigner signer() {
		return new CheckpointSigner("kinbridge-audit-91", KEYS);
	}

	public static DecisionEvent event(int n) {
		return new DecisionEvent("evt-" + n, "/kinbridge/matching-service",
				"org.kinbridge.matching.placement-decided.v1", "placement-" + n,
				OffsetDateTime.of(2026, 11, 28, 8, 30, n % 60, 0, ZoneOffset.ofHours(7)), "91",
				("{\"placementId\":\"placement-" + n + "\",\"decision\":\"APPROVED\",\"note\":\"Nguyễn Văn An\"}")
					.getBytes(StandardCharsets.UTF_8),
				Map.of("actor", "officer-7", "datacontenttype", "application/json"));
	}

	/**
	 * The same event with other data bytes: what a tamperer does to a stored event.
	 * @param event the event
	 * @param data the new data
	 * @return the altered copy
	 */
	public static DecisionEvent withData(DecisionEvent event, String data) {
		return new DecisionEvent(event.id(), event.source(), event.type(), event.subject(), event.time(),
				event.province(), data.getBytes(StandardCharsets.UTF_8), event.extensions());
	}

	public static List<DecisionEvent> events(int count) {
		List<DecisionEvent> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			events.add(event(i));
		}
		return events;
	}

	public static AuditLog logOf(List<DecisionEvent> events) {
		AuditLog log = new AuditLog(PROVINCE_91, new InMemoryLogStorage());
		events.forEach(log::append);
		return log;
	}

}
