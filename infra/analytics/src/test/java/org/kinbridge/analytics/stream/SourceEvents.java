package org.kinbridge.analytics.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.kinbridge.analytics.pseudonym.PseudonymKey;
import org.kinbridge.analytics.pseudonym.Pseudonymiser;
import org.kinbridge.contracts.EventType;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;

/**
 * The contracts' samples as the pseudonymiser receives them, and the output's schemas.
 */
final class SourceEvents {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Pseudonymiser PSEUDONYMISER = new Pseudonymiser(key());

	private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

	private SourceEvents() {
	}

	private static PseudonymKey key() {
		byte[] secret = new byte[32];
		Arrays.fill(secret, (byte) 3);
		return new PseudonymKey(secret);
	}

	static ObjectNode sample(EventType type) {
		try (InputStream sample = type.openSample()) {
			return (ObjectNode) JSON.readTree(sample);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static IncomingIntegrationEvent envelope(String type, String id, String subject, String province) {
		return new IncomingIntegrationEvent(id, type, "/kinbridge/test", subject, Instant.parse("2026-11-28T01:30:00Z"),
				province, "officer.phutan", "corr-" + id, "cause-" + id);
	}

	static AnalyticsRecord map(String sourceType, JsonNode data, IncomingIntegrationEvent event) {
		return RecordMappings.forSourceType(sourceType).orElseThrow().map(data, event, PSEUDONYMISER);
	}

	static Set<ValidationMessage> validate(AnalyticsRecord record) {
		try (InputStream schema = SourceEvents.class.getClassLoader()
			.getResourceAsStream(AnalyticsRecord.schemaResource(record.type()))) {
			if (schema == null) {
				throw new IllegalStateException("No schema for " + record.type());
			}
			JsonSchema compiled = SCHEMAS.getSchema(schema);
			return compiled.validate(record.data());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
