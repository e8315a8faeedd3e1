package org.kinbridge.contracts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares a record type with a JSON Schema, component by component and recursively
 * through nested records and lists, so that a field added, renamed or retyped on one side
 * only is reported.
 */
final class SchemaShape {

	private SchemaShape() {
	}

	static List<String> mismatches(Class<?> recordType, JsonNode schema) {
		List<String> mismatches = new ArrayList<>();
		checkObject(recordType, schema, schema, "$", mismatches);
		return mismatches;
	}

	private static void checkObject(Class<?> type, JsonNode schemaNode, JsonNode root, String path,
			List<String> mismatches) {
		JsonNode schema = resolve(schemaNode, root);
		if (!type.isRecord()) {
			mismatches.add(path + ": " + type.getName() + " is not a record");
			return;
		}
		Set<String> components = Arrays.stream(type.getRecordComponents())
			.map(RecordComponent::getName)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> properties = new TreeSet<>();
		schema.path("properties").fieldNames().forEachRemaining(properties::add);
		Set<String> required = new TreeSet<>();
		schema.path("required").forEach((name) -> required.add(name.asText()));
		if (!components.equals(properties)) {
			mismatches.add(path + ": record " + type.getSimpleName() + " has " + components
					+ " but the schema has properties " + properties);
		}
		Set<String> mustBeRequired = new TreeSet<>(properties);
		mustBeRequired.removeIf((name) -> isOptionalAddition(schema.path("properties").path(name)));
		if (!required.containsAll(mustBeRequired) || !properties.containsAll(required)) {
			mismatches.add(path + ": every property must be required (nullable ones allow null; one added to a"
					+ " published version later may be left out with \"default\": null), required is " + required);
		}
		if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
			mismatches.add(path + ": additionalProperties must be false");
		}
		for (RecordComponent component : type.getRecordComponents()) {
			JsonNode property = schema.path("properties").get(component.getName());
			if (property != null) {
				checkValue(component.getGenericType(), property, root, path + "." + component.getName(), mismatches);
			}
		}
	}

	/**
	 * A field added to a published version later cannot be required, or the events
	 * already published would break the schema: it says so with {@code "default": null}
	 * and allows {@code null}.
	 */
	private static boolean isOptionalAddition(JsonNode property) {
		boolean nullable = false;
		for (JsonNode type : property.path("type")) {
			nullable |= "null".equals(type.asText());
		}
		return nullable && property.has("default") && property.get("default").isNull();
	}

	private static void checkValue(Type javaType, JsonNode schemaNode, JsonNode root, String path,
			List<String> mismatches) {
		JsonNode schema = resolve(schemaNode, root);
		Set<String> types = new TreeSet<>();
		if (schema.path("type").isArray()) {
			schema.path("type").forEach((type) -> types.add(type.asText()));
		}
		else if (schema.path("type").isTextual()) {
			types.add(schema.path("type").asText());
		}
		boolean nullable = types.remove("null");
		Class<?> raw = rawClass(javaType);
		if (raw.isPrimitive() && nullable) {
			mismatches.add(path + ": " + raw + " can never be null but the schema allows null");
		}
		String expectedType;
		String expectedFormat = null;
		if (raw == String.class || raw.isEnum()) {
			expectedType = "string";
		}
		else if (raw == Instant.class || raw == OffsetDateTime.class) {
			expectedType = "string";
			expectedFormat = "date-time";
		}
		else if (raw == LocalDate.class) {
			expectedType = "string";
			expectedFormat = "date";
		}
		else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
			expectedType = "integer";
		}
		else if (raw == boolean.class || raw == Boolean.class) {
			expectedType = "boolean";
		}
		else if (raw == List.class) {
			expectedType = "array";
			Type element = ((ParameterizedType) javaType).getActualTypeArguments()[0];
			checkValue(element, schema.path("items"), root, path + "[]", mismatches);
		}
		else if (raw.isRecord()) {
			expectedType = "object";
			checkObject(raw, schema, root, path, mismatches);
		}
		else {
			mismatches.add(path + ": no JSON mapping is defined for " + javaType.getTypeName());
			return;
		}
		if (!types.equals(Set.of(expectedType))) {
			mismatches.add(path + ": " + javaType.getTypeName() + " needs type '" + expectedType
					+ "' but the schema has " + types);
		}
		String format = schema.path("format").isTextual() ? schema.path("format").asText() : null;
		if (expectedFormat != null && !expectedFormat.equals(format)) {
			mismatches.add(path + ": " + javaType.getTypeName() + " needs format '" + expectedFormat
					+ "' but the schema has " + format);
		}
	}

	private static JsonNode resolve(JsonNode schema, JsonNode root) {
		JsonNode ref = schema.get("$ref");
		if (ref == null) {
			return schema;
		}
		if (!ref.asText().startsWith("#/")) {
			throw new IllegalArgumentException("Only local references are supported, got " + ref.asText());
		}
		return resolve(root.at(ref.asText().substring(1)), root);
	}

	private static Class<?> rawClass(Type type) {
		if (type instanceof Class<?> plain) {
			return plain;
		}
		if (type instanceof ParameterizedType parameterized) {
			return (Class<?>) parameterized.getRawType();
		}
		throw new IllegalArgumentException("Unsupported type in a contract record: " + type.getTypeName());
	}

}
