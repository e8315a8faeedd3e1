package org.kinbridge.analytics.example;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the analytics stream from its start and prints how many records of each type
 * every province has, once the stream has been quiet for a few seconds. It reads only the
 * CloudEvents headers, as a tally needs nothing more; a real consumer would read the data
 * against the record type's JSON Schema.
 * <p>
 * Usage: {@code ProvinceTally [bootstrap-servers]}, default {@code localhost:9092}.
 */
public final class ProvinceTally {

	static final String TOPIC = "kinbridge.analytics.v1";

	private static final Duration QUIET = Duration.ofSeconds(5);

	private final Map<String, Map<String, Long>> byProvince = new TreeMap<>();

	public static void main(String[] args) {
		String bootstrap = (args.length > 0) ? args[0] : "localhost:9092";
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		// A group of its own each run, from the first record: a tally of everything.
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "province-tally-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		ProvinceTally tally = new ProvinceTally();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(TOPIC));
			long quietSince = System.nanoTime();
			boolean seenAny = false;
			while (!seenAny || System.nanoTime() - quietSince < QUIET.toNanos()) {
				ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
				if (!records.isEmpty()) {
					records.forEach(tally::count);
					quietSince = System.nanoTime();
					seenAny = true;
				}
				else if (!seenAny && System.nanoTime() - quietSince > Duration.ofSeconds(30).toNanos()) {
					break;
				}
			}
		}
		tally.print(System.out);
	}

	void count(ConsumerRecord<String, String> record) {
		String province = header(record, "ce_province");
		String type = header(record, "ce_type");
		this.byProvince.computeIfAbsent((province != null) ? province : "?", key -> new TreeMap<>())
			.merge(shortName(type), 1L, Long::sum);
	}

	void print(PrintStream out) {
		if (this.byProvince.isEmpty()) {
			out.println("No records on " + TOPIC + ".");
			return;
		}
		out.printf("%-9s %-36s %s%n", "PROVINCE", "RECORD TYPE", "COUNT");
		this.byProvince.forEach((province, counts) -> counts
			.forEach((type, count) -> out.printf("%-9s %-36s %d%n", province, type, count)));
	}

	/**
	 * {@code org.kinbridge.analytics.matching.placement-started.v1} ->
	 * {@code matching.placement-started}.
	 */
	static String shortName(String type) {
		if (type == null) {
			return "?";
		}
		String name = type.startsWith("org.kinbridge.analytics.") ? type.substring(24) : type;
		return name.endsWith(".v1") ? name.substring(0, name.length() - 3) : name;
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
