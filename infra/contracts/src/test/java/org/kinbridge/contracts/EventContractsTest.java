package org.kinbridge.contracts;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks, for every registered event type, that the Java record, the JSON Schema and the
 * sample payload describe the same data.
 */
class EventContractsTest {

	static Stream<Named<EventType>> eventTypes() {
		return EventTypes.all().stream().map((eventType) -> Named.of(eventType.type(), eventType));
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void everyRegisteredTypeHasASchemaAndASample(EventType eventType) {
		assertThat(ContractJson.schemaTree(eventType).path("$schema").asText())
			.isEqualTo("https://json-schema.org/draft/2020-12/schema");
		assertThat(ContractJson.sampleTree(eventType).isObject()).isTrue();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void schemaIdIsTheDataSchemaHeaderValue(EventType eventType) {
		assertThat(ContractJson.schemaTree(eventType).path("$id").asText()).isEqualTo(eventType.dataSchema());
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void sampleValidatesAgainstTheSchema(EventType eventType) {
		assertThat(ContractJson.validate(eventType, ContractJson.sampleTree(eventType))).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void sampleSurvivesARoundTripThroughTheRecordUnchanged(EventType eventType) throws Exception {
		JsonNode sample = ContractJson.sampleTree(eventType);

		Object data = ContractJson.MAPPER.treeToValue(sample, eventType.dataClass());
		JsonNode written = ContractJson.MAPPER.readTree(ContractJson.MAPPER.writeValueAsString(data));

		assertThat(ContractJson.validate(eventType, written)).isEmpty();
		assertThat(written).isEqualTo(sample);
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void misspeltTopLevelFieldFailsValidation(EventType eventType) {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(eventType);
		String field = sample.fieldNames().next();
		String misspelt = misspell(sample, field);

		assertThat(ContractJson.validate(eventType, sample)).extracting(ValidationMessage::getMessage)
			.anySatisfy((message) -> assertThat(message).contains(misspelt))
			.anySatisfy((message) -> assertThat(message).contains(field));
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void misspeltFieldInANestedObjectFailsValidation(EventType eventType) {
		ObjectNode nested = firstNestedObject(ContractJson.sampleTree(eventType));
		String field = nested.fieldNames().next();
		JsonNode sample = ContractJson.sampleTree(eventType);
		String misspelt = misspell(firstNestedObject(sample), field);

		Set<ValidationMessage> errors = ContractJson.validate(eventType, sample);

		assertThat(errors).extracting(ValidationMessage::getMessage)
			.anySatisfy((message) -> assertThat(message).contains(misspelt));
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void recordComponentsMatchTheSchemaPropertiesRecursively(EventType eventType) {
		assertThat(SchemaShape.mismatches(eventType.dataClass(), ContractJson.schemaTree(eventType))).isEmpty();
	}

	/** Swaps the last two letters, the typo a hand-written producer is likely to make. */
	private static String misspell(ObjectNode object, String field) {
		int last = field.length() - 1;
		String misspelt = field.substring(0, last - 1) + field.charAt(last) + field.charAt(last - 1);
		if (misspelt.equals(field)) {
			misspelt = field + "x";
		}
		object.set(misspelt, object.remove(field));
		return misspelt;
	}

	private static ObjectNode firstNestedObject(JsonNode sample) {
		Iterator<Map.Entry<String, JsonNode>> fields = sample.fields();
		while (fields.hasNext()) {
			JsonNode value = fields.next().getValue();
			if (value.isObject()) {
				return (ObjectNode) value;
			}
			if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
				return (ObjectNode) value.get(0);
			}
		}
		throw new IllegalStateException("The sample has no nested object to misspell a field of");
	}

}
