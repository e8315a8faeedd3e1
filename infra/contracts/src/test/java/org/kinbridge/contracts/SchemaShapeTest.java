package org.kinbridge.contracts;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that {@link SchemaShape} reports the differences the contract tests rely on it
 * to find.
 */
class SchemaShapeTest {

	record Inner(String code) {
	}

	record Outer(String id, int count, Instant at, List<Inner> inners) {
	}

	private static final String MATCHING_SCHEMA = """
			{ "type": "object", "additionalProperties": false,
			  "required": ["id", "count", "at", "inners"],
			  "properties": {
			    "id": { "type": "string" },
			    "count": { "type": "integer" },
			    "at": { "type": "string", "format": "date-time" },
			    "inners": { "type": "array", "items": { "$ref": "#/$defs/inner" } } },
			  "$defs": { "inner": { "type": "object", "additionalProperties": false,
			    "required": ["code"], "properties": { "code": { "type": "string" } } } } }
			""";

	@Test
	void acceptsARecordThatMatchesItsSchema() {
		assertThat(SchemaShape.mismatches(Outer.class, schema(MATCHING_SCHEMA))).isEmpty();
	}

	@Test
	void reportsAFieldRenamedInTheSchemaOnly() {
		String renamed = MATCHING_SCHEMA.replace("\"id\"", "\"identifier\"");

		assertThat(SchemaShape.mismatches(Outer.class, schema(renamed)))
			.anySatisfy((mismatch) -> assertThat(mismatch).contains("identifier"));
	}

	@Test
	void reportsAFieldRenamedInANestedRecordReachedThroughAReference() {
		String renamed = MATCHING_SCHEMA.replace("\"code\"", "\"kode\"");

		assertThat(SchemaShape.mismatches(Outer.class, schema(renamed)))
			.anySatisfy((mismatch) -> assertThat(mismatch).startsWith("$.inners[]").contains("kode"));
	}

	@Test
	void reportsAJsonTypeThatDoesNotFitTheJavaType() {
		String retyped = MATCHING_SCHEMA.replace("\"count\": { \"type\": \"integer\" }",
				"\"count\": { \"type\": \"string\" }");

		assertThat(SchemaShape.mismatches(Outer.class, schema(retyped)))
			.anySatisfy((mismatch) -> assertThat(mismatch).startsWith("$.count"));
	}

	@Test
	void reportsAMissingDateTimeFormat() {
		String unformatted = MATCHING_SCHEMA.replace(", \"format\": \"date-time\"", "");

		assertThat(SchemaShape.mismatches(Outer.class, schema(unformatted)))
			.anySatisfy((mismatch) -> assertThat(mismatch).startsWith("$.at").contains("date-time"));
	}

	@Test
	void reportsANullablePrimitive() {
		String nullable = MATCHING_SCHEMA.replace("\"count\": { \"type\": \"integer\" }",
				"\"count\": { \"type\": [\"integer\", \"null\"] }");

		assertThat(SchemaShape.mismatches(Outer.class, schema(nullable)))
			.anySatisfy((mismatch) -> assertThat(mismatch).startsWith("$.count").contains("null"));
	}

	@Test
	void reportsAnOptionalPropertyAndOpenObjects() {
		String loose = MATCHING_SCHEMA
			.replace("\"required\": [\"id\", \"count\", \"at\", \"inners\"]", "\"required\": [\"id\"]")
			.replace("{ \"type\": \"object\", \"additionalProperties\": false,\n",
					"{ \"type\": \"object\", \"additionalProperties\": true,\n");

		assertThat(SchemaShape.mismatches(Outer.class, schema(loose)))
			.anySatisfy((mismatch) -> assertThat(mismatch).contains("required"))
			.anySatisfy((mismatch) -> assertThat(mismatch).contains("additionalProperties"));
	}

	@Test
	void acceptsANullablePropertyAddedLaterThatIsLeftOutOfRequiredWithADefaultOfNull() {
		String added = MATCHING_SCHEMA
			.replace("\"required\": [\"id\", \"count\", \"at\", \"inners\"]",
					"\"required\": [\"count\", \"at\", \"inners\"]")
			.replace("\"id\": { \"type\": \"string\" }",
					"\"id\": { \"type\": [\"string\", \"null\"], \"default\": null }");

		assertThat(SchemaShape.mismatches(Outer.class, schema(added))).isEmpty();
	}

	@Test
	void reportsAPropertyLeftOutOfRequiredThatDoesNotAllowNull() {
		String added = MATCHING_SCHEMA
			.replace("\"required\": [\"id\", \"count\", \"at\", \"inners\"]",
					"\"required\": [\"count\", \"at\", \"inners\"]")
			.replace("\"id\": { \"type\": \"string\" }", "\"id\": { \"type\": \"string\", \"default\": null }");

		assertThat(SchemaShape.mismatches(Outer.class, schema(added)))
			.anySatisfy((mismatch) -> assertThat(mismatch).contains("required"));
	}

	private static JsonNode schema(String json) {
		try {
			return ContractJson.MAPPER.readTree(json);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
