package org.kinbridge.auditlog.event;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinbridge.auditlog.AuditFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeafEncodingTest {

	@Test
	void encodesVersionLengthPrefixedFieldsInstantAndDataDigestInTheDocumentedOrder() throws Exception {
		DecisionEvent event = new DecisionEvent("e1", "/kinbridge/case-service", "t.v1", "case-9",
				OffsetDateTime.of(1970, 1, 1, 7, 0, 2, 5, ZoneOffset.ofHours(7)), "91",
				"{}".getBytes(StandardCharsets.UTF_8), Map.of());

		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		expected.write(new byte[] { 1 });
		expected.write(new byte[] { 0, 2, 'e', '1' });
		expected.write(new byte[] { 0, 4, 't', '.', 'v', '1' });
		expected.write(new byte[] { 0, 6, 'c', 'a', 's', 'e', '-', '9' });
		expected.write(new byte[] { 0, 0, 0, 0, 0, 0, 0, 2 });
		expected.write(new byte[] { 0, 0, 0, 5 });
		expected.write(new byte[] { 0, 2, '9', '1' });
		expected.write(MessageDigest.getInstance("SHA-256").digest("{}".getBytes(StandardCharsets.UTF_8)));

		assertThat(LeafEncoding.encode(event)).isEqualTo(expected.toByteArray());
	}

	@Test
	void sameInstantWithAnotherOffsetGivesTheSameLeaf() {
		DecisionEvent event = AuditFixtures.event(3);
		DecisionEvent sameMomentInUtc = new DecisionEvent(event.id(), event.source(), event.type(), event.subject(),
				event.time().withOffsetSameInstant(ZoneOffset.UTC), event.province(), event.data(), event.extensions());

		assertThat(LeafEncoding.leafHash(sameMomentInUtc)).isEqualTo(LeafEncoding.leafHash(event));
	}

	@Test
	void anyChangeToACommittedFieldChangesTheLeaf() {
		DecisionEvent event = AuditFixtures.event(3);

		assertThat(LeafEncoding.leafHash(AuditFixtures.withData(event, "{}")))
			.isNotEqualTo(LeafEncoding.leafHash(event));
		assertThat(LeafEncoding.leafHash(new DecisionEvent(event.id(), event.source(), event.type(), "placement-4",
				event.time(), event.province(), event.data(), event.extensions())))
			.isNotEqualTo(LeafEncoding.leafHash(event));
		assertThat(LeafEncoding.leafHash(new DecisionEvent(event.id(), event.source(), event.type(), event.subject(),
				event.time().plusNanos(1), event.province(), event.data(), event.extensions())))
			.isNotEqualTo(LeafEncoding.leafHash(event));
	}

	@Test
	void lengthPrefixesKeepFieldBoundariesApart() {
		DecisionEvent event = AuditFixtures.event(3);
		DecisionEvent shifted = new DecisionEvent(event.id() + "x", event.source(), "x" + event.type(), event.subject(),
				event.time(), event.province(), event.data(), event.extensions());
		DecisionEvent moved = new DecisionEvent(event.id() + "xx", event.source(), event.type(), event.subject(),
				event.time(), event.province(), event.data(), event.extensions());

		assertThat(LeafEncoding.encode(shifted)).isNotEqualTo(LeafEncoding.encode(moved));
	}

	@Test
	void rejectsAnEventWithoutASubject() {
		DecisionEvent event = AuditFixtures.event(1);

		assertThatThrownBy(() -> new DecisionEvent(event.id(), event.source(), event.type(), " ", event.time(),
				event.province(), event.data(), Map.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("the event has no subject");
	}

}
