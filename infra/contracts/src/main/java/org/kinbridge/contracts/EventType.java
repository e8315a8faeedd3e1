package org.kinbridge.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One registered CloudEvents type: its data record, the topic it is published on and
 * where its JSON Schema and sample payload live on the classpath.
 *
 * @param type the CloudEvents {@code type}, ending in its major version
 * @param dataClass the record the JSON data maps to
 * @param topic the topic the owning service publishes it on
 * @param schemaResource classpath path of the JSON Schema
 * @param sampleResource classpath path of a sample data payload
 */
public record EventType(String type, Class<?> dataClass, String topic, String schemaResource, String sampleResource) {

	private static final String RESOURCE_ROOT = "org/kinbridge/contracts/";

	static EventType of(String type, Class<?> dataClass, String topic) {
		return new EventType(type, dataClass, topic, RESOURCE_ROOT + "schemas/" + type + ".schema.json",
				RESOURCE_ROOT + "samples/" + type + ".json");
	}

	/**
	 * The value of the {@code ce_dataschema} header; it is also the schema's {@code $id}.
	 * @return a URN naming the schema
	 */
	public String dataSchema() {
		return "urn:kinbridge:schema:" + this.type;
	}

	/**
	 * Opens the JSON Schema; the caller closes the stream.
	 * @return the schema
	 */
	public InputStream openSchema() {
		return open(this.schemaResource);
	}

	/**
	 * Opens the sample payload; the caller closes the stream.
	 * @return the sample
	 */
	public InputStream openSample() {
		return open(this.sampleResource);
	}

	private static InputStream open(String resource) {
		InputStream stream = EventType.class.getClassLoader().getResourceAsStream(resource);
		if (stream == null) {
			throw new UncheckedIOException(new IOException("Missing contract resource " + resource));
		}
		return stream;
	}

}
