package org.kinbridge.analytics.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.matching.PlacementStartedV1;

class AnalyticsPublisherTest {

	@Test
	void writesCloudEventsHeadersWithPseudonymsAndTheStartOfTheDayOnly() {
		String type = PlacementStartedV1.TYPE;
		AnalyticsRecord record = SourceEvents.map(type, SourceEvents.sample(EventTypes.find(type).orElseThrow()),
				SourceEvents.envelope(type, "evt-7", "pl-7", "91"));
		Map<String, String> headers = new HashMap<>();
		for (Header header : AnalyticsPublisher.headersOf(record)) {
			headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
		}
		assertThat(headers).containsEntry("ce_specversion", "1.0")
			.containsEntry("ce_id", record.id())
			.containsEntry("ce_type", "org.kinbridge.analytics.matching.placement-started.v1")
			.containsEntry("ce_source", "/kinbridge/analytics")
			.containsEntry("ce_subject", record.subject())
			.containsEntry("ce_province", "91")
			.containsEntry("content-type", "application/json")
			.doesNotContainKeys("ce_actor", "ce_correlationid", "ce_causationid");
		// An RFC 3339 instant every consumer parses: the day in Vietnam starts at 17:00
		// UTC
		// the day before.
		assertThat(Instant.parse(headers.get("ce_time"))).isEqualTo(Instant.parse(record.day() + "T00:00:00+07:00"));
	}

}
