package org.kinbridge.analytics.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes one allowed field of the analytics record from the source data, or nothing. */
@FunctionalInterface
interface FieldRule {

	void apply(JsonNode source, ObjectNode record, MappingContext context);

}
