package org.kinbridge.analytics.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class ProvinceTallyTest {

	@Test
	void countsTheRecordsOfEachTypePerProvince() {
		ProvinceTally tally = new ProvinceTally();
		tally.count(record("91", "org.kinbridge.analytics.matching.placement-started.v1"));
		tally.count(record("91", "org.kinbridge.analytics.matching.placement-started.v1"));
		tally.count(record("79", "org.kinbridge.analytics.case.alternative-care-needed.v1"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		tally.print(new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
				"PROVINCE  RECORD TYPE                          COUNT",
				"79        case.alternative-care-needed         1", "91        matching.placement-started           2");
	}

	@Test
	void saysSoWhenTheStreamIsEmpty() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ProvinceTally().print(new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("No records on kinbridge.analytics.v1.\n");
	}

	private static ConsumerRecord<String, String> record(String province, String type) {
		ConsumerRecord<String, String> record = new ConsumerRecord<>(ProvinceTally.TOPIC, 0, 0, "key", "{}");
		record.headers().add("ce_province", province.getBytes(StandardCharsets.UTF_8));
		record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
		return record;
	}

}
