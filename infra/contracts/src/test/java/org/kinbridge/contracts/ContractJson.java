package org.kinbridge.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * JSON helpers for the contract tests. The mapper is configured like a Spring Boot
 * service's (ISO dates, not timestamps) but keeps failing on unknown properties, so a
 * sample field the record lacks is reported.
 */
final class ContractJson {

	static final JsonMapper MAPPER = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	// Draft 2020-12 treats "format" as an annotation only; the contract wants it
	// enforced.
	private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
		.formatAssertionsEnabled(true)
		.build();

	private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

	private ContractJson() {
	}

	static JsonNode schemaTree(EventType eventType) {
		try (InputStream schema = eventType.openSchema()) {
			return MAPPER.readTree(schema);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode sampleTree(EventType eventType) {
		try (InputStream sample = eventType.openSample()) {
			return MAPPER.readTree(sample);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Set<ValidationMessage> validate(EventType eventType, JsonNode data) {
		JsonSchema schema = FACTORY.getSchema(schemaTree(eventType), CONFIG);
		return schema.validate(data);
	}

}
