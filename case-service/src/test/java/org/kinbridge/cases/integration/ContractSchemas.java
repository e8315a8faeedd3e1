package org.kinbridge.cases.integration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.kinbridge.contracts.EventTypes;

/** Public event data as JSON, checked against its type's schema in infra/contracts. */
final class ContractSchemas {

	static final JsonMapper MAPPER = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private ContractSchemas() {
	}

	/**
	 * @return what the schema of the type finds wrong with the data, formats included
	 */
	static Set<ValidationMessage> errors(String type, JsonNode data) {
		try (InputStream schema = EventTypes.find(type).orElseThrow().openSchema()) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build())
				.validate(data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
